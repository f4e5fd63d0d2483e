using System.Net.Http.Headers;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class CompressionTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Public_pages_are_compressed_for_browsers_that_ask(string encoding)
    {
        var client = await hub.CreateSeededClientAsync();
        for (var attempt = 0; attempt < 2; attempt++) // the second answer comes from the output cache
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/km/lessons/" + TestContent.Lesson1);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task Health_endpoint_is_not_compressed()
    {
        var client = await hub.CreateSeededClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
