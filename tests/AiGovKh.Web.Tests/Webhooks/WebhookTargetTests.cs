using AiGovKh.Web.Webhooks;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>The address rule is applied again when connecting, so a host name that resolves to a forbidden address is refused.</summary>
public sealed class WebhookTargetTests
{
    private static HttpClient Client(bool allowLoopback) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = WebhookTargets.ConnectAsync(() => allowLoopback) });

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_not_connected_to_unless_allowed()
    {
        // "localhost" passes no IP check by itself; only resolving it shows where it leads.
        using var refused = Client(allowLoopback: false);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => refused.GetAsync("http://localhost:9/hook", TestContext.Current.CancellationToken));
        Assert.Contains("forbidden addresses", error.Message + error.InnerException?.Message);

        using var allowed = Client(allowLoopback: true);
        var other = await Assert.ThrowsAsync<HttpRequestException>(() => allowed.GetAsync("http://localhost:9/hook", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("forbidden addresses", other.Message + other.InnerException?.Message);
    }

    [Theory]
    [InlineData("169.254.169.254", true)]
    [InlineData("::ffff:169.254.169.254", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("203.0.113.7", false)]
    [InlineData("2001:db8::1", false)]
    public void Forbidden_addresses(string address, bool forbidden) =>
        Assert.Equal(forbidden, WebhookTargets.Forbidden(System.Net.IPAddress.Parse(address), allowLoopback: false));
}
