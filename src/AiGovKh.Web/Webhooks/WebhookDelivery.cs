using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AiGovKh.Web.Webhooks;

/// <summary>The JSON body a receiver gets. <c>event</c> is publish, unpublish or delete.</summary>
public sealed record WebhookPayload(string Id, string Event, long Sequence, string Slug, string? Type, int? Revision, DateTimeOffset At, string? Url);

/// <summary>One attempt in the delivery log.</summary>
public sealed record WebhookAttempt(string DeliveryId, string Subscription, string Event, string Slug, int Attempt, DateTimeOffset At, int? Status, string Outcome);

public static class WebhookSignature
{
    public const string Header = "X-AiGovKh-Signature";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of the exact body bytes with the subscription's secret.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static byte[] Body(WebhookPayload payload) => JsonSerializer.SerializeToUtf8Bytes(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
