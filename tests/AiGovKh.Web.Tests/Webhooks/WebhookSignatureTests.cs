using System.Security.Cryptography;
using System.Text;
using AiGovKh.Web.Webhooks;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>The signature covers the send time as well as the body, so a captured request cannot be replayed later.</summary>
public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test-secret-for-signatures";
    private static readonly DateTimeOffset SentAt = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"e1","event":"publish","slug":"ទិន្នន័យ"}""");

    [Fact]
    public void The_header_is_the_send_time_and_the_hmac_of_that_time_a_dot_and_the_body()
    {
        long t = SentAt.ToUnixTimeSeconds();
        // Computed independently of WebhookSignature, as a receiver in another language would.
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{t}.").Concat(Body).ToArray()));

        Assert.Equal($"t={t},sha256={expected}", WebhookSignature.Sign(Secret, Body, SentAt));
    }

    [Fact]
    public void A_fresh_signature_verifies_within_the_tolerance_and_a_replay_later_does_not()
    {
        var header = WebhookSignature.Sign(Secret, Body, SentAt);

        Assert.True(WebhookSignature.Verify(Secret, header, Body, SentAt));
        Assert.True(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(4)));
        Assert.True(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(-4)), "a receiver's clock may run a little behind");
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt.AddMinutes(6)));
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt.AddDays(1)));
    }

    [Fact]
    public void A_changed_body_time_or_secret_fails()
    {
        var header = WebhookSignature.Sign(Secret, Body, SentAt);
        var otherBody = Encoding.UTF8.GetBytes("""{"id":"e1","event":"delete","slug":"ទិន្នន័យ"}""");
        var movedTime = header.Replace($"t={SentAt.ToUnixTimeSeconds()}", $"t={SentAt.AddMinutes(1).ToUnixTimeSeconds()}", StringComparison.Ordinal);

        Assert.False(WebhookSignature.Verify(Secret, header, otherBody, SentAt));
        Assert.False(WebhookSignature.Verify(Secret, movedTime, Body, SentAt), "the time is part of what is signed");
        Assert.False(WebhookSignature.Verify("whsec_another-secret-entirely", header, Body, SentAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sha256=00")]
    [InlineData("t=,sha256=00")]
    [InlineData("t=-5,sha256=00")]
    [InlineData("t=1764147600")]
    [InlineData("t=abc,sha256=00")]
    [InlineData("t=99999999999999999999999,sha256=00")]
    public void A_malformed_header_is_refused_without_throwing(string? header)
    {
        Assert.False(WebhookSignature.Verify(Secret, header, Body, SentAt));
    }

    [Fact]
    public void A_body_only_signature_of_the_old_format_is_refused()
    {
        var bodyOnly = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Body));
        Assert.False(WebhookSignature.Verify(Secret, bodyOnly, Body, SentAt));
    }
}
