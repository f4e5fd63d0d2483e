using System.Net;
using AiGovKh.Web.Tests.Fixtures;
using static AiGovKh.Web.Tests.Search.SearchHub;

namespace AiGovKh.Web.Tests.Search;

public sealed class SearchCacheTests : IAsyncLifetime
{
    private readonly SearchHub _hub = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = await _hub.CreateSeededClientAsync();
        await WaitForAsync(_client, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private async Task<(HttpResponseMessage First, HttpResponseMessage Second)> TwiceAsync(string url, Action<HttpRequestMessage>? configure = null)
    {
        async Task<HttpResponseMessage> Once()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            configure?.Invoke(request);
            var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return response;
        }
        // Retry while the index moves between the two requests (the seed's last feed batch may still be landing).
        for (int attempt = 0; ; attempt++)
        {
            long generation = _hub.Index.Generation;
            var first = await Once();
            var second = await Once();
            if (_hub.Index.Generation == generation || attempt == 20) return (first, second);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Repeated_api_search_is_answered_from_the_cache_with_the_same_body()
    {
        var (first, second) = await TwiceAsync("/api/v1/search?q=AI&lang=en&pageSize=5");
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Repeated_search_page_is_answered_from_the_cache()
    {
        var (_, second) = await TwiceAsync("/en/search?q=AI");
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task Requests_with_credentials_are_never_answered_from_the_cache()
    {
        var (_, second) = await TwiceAsync("/api/v1/search?q=AI&lang=en&pageSize=3", r => r.Headers.Add("Cookie", ".AspNetCore.Identity.Application=someone"));
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_commit_to_the_index_moves_the_cache_key_on()
    {
        var (_, cached) = await TwiceAsync("/api/v1/search?q=robots&lang=en");
        Assert.NotNull(cached.Headers.Age);
        long before = _hub.Index.Generation;
        _hub.Index.Commit(_hub.Index.Checkpoint!.Sequence);
        Assert.True(_hub.Index.Generation > before);
        var fresh = await _client.GetAsync("/api/v1/search?q=robots&lang=en", TestContext.Current.CancellationToken);
        Assert.Null(fresh.Headers.Age);
    }
}
