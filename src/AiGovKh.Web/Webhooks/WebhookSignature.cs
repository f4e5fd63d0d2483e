using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AiGovKh.Web.Webhooks;

/// <summary>The JSON body a receiver gets. <c>event</c> is publish, unpublish, delete or ping (a test from the editor).</summary>
public sealed record WebhookPayload(string Id, string Event, long? Sequence, string Slug, string? Type, int? Revision, DateTimeOffset At, string? Url);

public static class WebhookSignature
{
    public const string Header = "X-AiGovKh-Signature";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of the exact body bytes with the subscription's secret.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string Json(WebhookPayload payload) => JsonSerializer.Serialize(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
