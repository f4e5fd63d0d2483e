using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AiGovKh.Web.Webhooks;

/// <summary>The JSON body a receiver gets. <c>event</c> is publish, unpublish, delete or ping (a test from the editor).</summary>
public sealed record WebhookPayload(string Id, string Event, long? Sequence, string Slug, string? Type, int? Revision, DateTimeOffset At, string? Url);

/// <summary>
/// <c>X-AiGovKh-Signature: t=&lt;unix seconds&gt;,sha256=&lt;hex&gt;</c>: the lower-case hex HMAC-SHA256, keyed with the
/// subscription's secret (its UTF-8 bytes), of the send time, a dot and the exact body bytes. The time is signed so
/// that a captured request cannot be replayed later: a receiver refuses a signature older than a few minutes
/// (<see cref="Verify"/> is the reference check). Every attempt, retries included, is signed at its own send time;
/// <c>X-AiGovKh-Delivery</c> stays the same across retries for de-duplication.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-AiGovKh-Signature";

    /// <summary>How far a receiver should let a signature's time stray from its own clock.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, byte[] body, DateTimeOffset at)
    {
        long seconds = at.ToUnixTimeSeconds();
        return $"t={seconds.ToString(CultureInfo.InvariantCulture)},sha256={Hex(secret, seconds, body)}";
    }

    /// <summary>
    /// True when <paramref name="header"/> is a signature of <paramref name="body"/> with <paramref name="secret"/>
    /// made within <paramref name="tolerance"/> of <paramref name="now"/>. Compares in constant time; any malformed
    /// header is simply false.
    /// </summary>
    public static bool Verify(string secret, string? header, byte[] body, DateTimeOffset now, TimeSpan? tolerance = null)
    {
        if (header is null) return false;
        long? seconds = null;
        string? signature = null;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(part.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var t)) seconds = t;
            else if (part.StartsWith("sha256=", StringComparison.Ordinal)) signature = part[7..];
        }
        if (seconds is not { } s || signature is null) return false;
        if (Math.Abs(now.ToUnixTimeSeconds() - s) > (tolerance ?? DefaultTolerance).TotalSeconds) return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hex(secret, s, body)), Encoding.ASCII.GetBytes(signature));
    }

    public static string Json(WebhookPayload payload) => JsonSerializer.Serialize(payload, new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static string Hex(string secret, long seconds, byte[] body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.ASCII.GetBytes(seconds.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }
}
