namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Settings under <c>Webhooks:</c>. Subscriptions are normally managed by administrators at <c>/editor/webhooks</c>;
/// <see cref="Subscriptions"/> is a second, read-only source (e.g. <c>Webhooks__Subscriptions__0__Url</c>) mirrored
/// into the database on start and shown as "from configuration". Secrets belong in environment variables, not files.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public List<ConfiguredWebhook> Subscriptions { get; set; } = [];

    /// <summary>Attempts per delivery before it is given up (logged as failed).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First retry delay; each further retry waits twice as long.</summary>
    public double FirstRetrySeconds { get; set; } = 10;

    /// <summary>How long a receiver may take to answer.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often the dispatcher looks at the change feed and the outbox.</summary>
    public double PollSeconds { get; set; } = 0.5;

    /// <summary>Finished deliveries (and their attempts) older than this are removed from the log.</summary>
    public int KeepDeliveriesDays { get; set; } = 30;

    /// <summary>Allows plain http to loopback receivers (development and tests). On by default in Development only.</summary>
    public bool? AllowLoopback { get; set; }

    /// <summary>How long a node owns a delivery it claimed before another node may take it over.</summary>
    public TimeSpan Lease => TimeSpan.FromSeconds(TimeoutSeconds + 30);
}

/// <summary>A receiver from configuration: where to POST, the HMAC-SHA256 secret, and which events (empty: all).</summary>
public sealed class ConfiguredWebhook
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    public List<string> Events { get; set; } = [];
}
