namespace AiGovKh.Web.Webhooks;

/// <summary>
/// One event for one subscription: an outbox row written when the dispatcher reads the change feed, then sent and
/// retried until delivered or given up. <see cref="LeaseOwner"/>/<see cref="LeaseUntil"/> let exactly one node
/// send it when several nodes share the database.
/// </summary>
public class WebhookDelivery
{
    public long Id { get; set; }
    public int SubscriptionId { get; set; }

    /// <summary>The id a receiver sees (<c>X-AiGovKh-Delivery</c>); the same on every retry so it can de-duplicate.</summary>
    public required string EventId { get; set; }

    public required string Event { get; set; }

    /// <summary>The change-feed sequence; null for a test ping.</summary>
    public long? Sequence { get; set; }

    public required string Slug { get; set; }

    /// <summary>The exact JSON body, so every retry signs and sends the same bytes.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    public int? LastStatus { get; set; }
    public long? LastDurationMs { get; set; }

    /// <summary>The start of the receiver's answer or the kind of network error, for the delivery log.</summary>
    public string? LastResponse { get; set; }

    public WebhookOutcome Outcome { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }

    public List<WebhookAttempt> AttemptLog { get; set; } = [];
}

public enum WebhookOutcome
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>One attempt of a delivery, kept for the delivery log.</summary>
public class WebhookAttempt
{
    public long Id { get; set; }
    public long DeliveryId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset At { get; set; }
    public int? Status { get; set; }
    public long DurationMs { get; set; }
    public string? Response { get; set; }
}

/// <summary>The dispatcher's place in the change feed, shared by every node (one row).</summary>
public class WebhookCursor
{
    public int Id { get; set; }
    public long Sequence { get; set; }
}
