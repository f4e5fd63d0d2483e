namespace AiGovKh.Web.Webhooks;

/// <summary>
/// One receiver of webhooks, managed by administrators in the editor (or mirrored from configuration, read-only).
/// The secret is kept protected with ASP.NET Core Data Protection; it is shown once when made and never again.
/// </summary>
public class WebhookSubscription
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }

    /// <summary>The HMAC secret, protected by <see cref="WebhookSecrets"/>.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Comma-separated subset of publish, unpublish, delete.</summary>
    public required string Events { get; set; }

    /// <summary>Only items owned by this organisation; null: every item.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>True for a subscription mirrored from <c>Webhooks:Subscriptions</c>: read-only in the editor.</summary>
    public bool FromConfiguration { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? CreatedBy { get; set; }

    public bool Enabled => DisabledAt is null;

    public IReadOnlyList<string> EventList => WebhookEvents.Parse(Events);

    public bool Wants(string eventName, int? organisationId) =>
        Enabled && EventList.Contains(eventName) && (OrganisationId is null || OrganisationId == organisationId);
}

/// <summary>The events a subscription may choose, plus <c>ping</c> sent by the "send test event" button.</summary>
public static class WebhookEvents
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string Delete = "delete";
    public const string Ping = "ping";

    public static readonly IReadOnlyList<string> Subscribable = [Publish, Unpublish, Delete];

    public static IReadOnlyList<string> Parse(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(Subscribable.Contains).Distinct()];

    /// <summary>Known events in a fixed order; an empty choice means all of them.</summary>
    public static string Join(IEnumerable<string>? chosen)
    {
        var set = (chosen ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return string.Join(',', set.Count == 0 ? Subscribable : Subscribable.Where(set.Contains));
    }
}
