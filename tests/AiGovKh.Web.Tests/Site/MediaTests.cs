using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Site;

public sealed class MediaTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Attachment_is_downloaded_with_its_type_and_cached_as_immutable()
    {
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync($"/media/{TestContent.AttachmentSha}/activity-sheet.pdf", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("%PDF-1.4 test", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/media/0000000000000000000000000000000000000000000000000000000000000000/x.pdf")]
    [InlineData("/media/not-a-hash/x.pdf")]
    [InlineData("/media/../../etc/passwd")]
    public async Task Unknown_or_malformed_media_is_not_found(string path)
    {
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
