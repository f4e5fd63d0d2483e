using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class SecurityHeadersTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("/km")]
    [InlineData("/en/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_baseline(string path)
    {
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        var scriptSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSrc);
        Assert.Contains("'nonce-", scriptSrc);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
