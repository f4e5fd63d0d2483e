using System.Net;

namespace AiGovKh.Web.Tests.Editor;

public sealed class ThrottledEditorFactory : EditorFactory
{
    public ThrottledEditorFactory() => ThrottleLimit = 3;
}

public sealed class EditorThrottleTests(ThrottledEditorFactory hub) : IClassFixture<ThrottledEditorFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_with_retry_after()
    {
        var client = hub.NewClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
            last = await client.PostFormAsync("/editor/account/sign-in", "/editor/account/sign-in", new() { ["Email"] = "x@y.gov.kh", ["Password"] = "some password here" });
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.NotNull(last.Headers.RetryAfter);
    }
}
