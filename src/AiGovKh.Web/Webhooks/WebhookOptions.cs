namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Settings under <c>Webhooks:</c>, set by administrators in configuration (appsettings or environment,
/// e.g. <c>Webhooks__Subscriptions__0__Url</c>). Secrets belong in environment variables, not in files.
/// </summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public List<WebhookSubscription> Subscriptions { get; set; } = [];

    /// <summary>Attempts per delivery before it is given up (logged as failed).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First retry delay; each further retry waits twice as long.</summary>
    public double FirstRetrySeconds { get; set; } = 10;

    /// <summary>How long a receiver may take to answer.</summary>
    public double TimeoutSeconds { get; set; } = 10;
}

/// <summary>One receiver: where to POST, the HMAC-SHA256 secret, and which events (publish, unpublish, delete; empty: all).</summary>
public sealed class WebhookSubscription
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string Secret { get; set; } = "";
    public List<string> Events { get; set; } = [];

    public bool Wants(string eventName) => Events.Count == 0 || Events.Contains(eventName, StringComparer.OrdinalIgnoreCase);
}
