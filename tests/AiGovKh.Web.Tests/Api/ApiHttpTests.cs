using System.Net;
using System.Net.Http.Headers;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Api;

public sealed class ApiHttpTests(ApiHub hub) : IClassFixture<ApiHub>
{
    public static TheoryData<string> Endpoints =>
    [
        $"/api/v1/content?locale=en",
        $"/api/v1/content/{TestContent.Lesson1}?locale=km",
        $"/api/v1/courses/{TestContent.Course}",
        "/api/v1/organisations",
        "/api/v1/glossary?locale=en",
        "/api/v1/changes?since=0",
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Strong_etag_answers_if_none_match_with_304(string path)
    {
        var client = await hub.CreateApiClientAsync();
        var first = await ApiHub.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(first.Headers.CacheControl);

        var second = await ApiHub.GetAsync(client, path, ifNoneMatch: etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(etag, second.Headers.ETag);

        var other = await ApiHub.GetAsync(client, path, ifNoneMatch: "\"something-else\"");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Etag_and_last_modified_come_from_the_published_revision_and_differ_by_locale()
    {
        var client = await hub.CreateApiClientAsync();
        var km = await ApiHub.GetAsync(client, $"/api/v1/content/{TestContent.Lesson1}?locale=km");
        var en = await ApiHub.GetAsync(client, $"/api/v1/content/{TestContent.Lesson1}?locale=en");
        Assert.NotEqual(km.Headers.ETag, en.Headers.ETag);
        Assert.Equal(TestContent.Written, km.Content.Headers.LastModified);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/content/{TestContent.Lesson1}?locale=km");
        request.Headers.IfModifiedSince = TestContent.Written.AddDays(1);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(request, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Any_origin_may_read_with_get_and_preflight_is_answered()
    {
        var client = await hub.CreateApiClientAsync();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content");
        get.Headers.Add("Origin", "https://school.example.edu.kh");
        var response = await client.SendAsync(get, TestContext.Current.CancellationToken);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/content/what-is-ai");
        preflight.Headers.Add("Origin", "https://app.example.com");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match, accept-language");
        var answer = await client.SendAsync(preflight, TestContext.Current.CancellationToken);
        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task Json_is_compressed_with_brotli_or_gzip()
    {
        // The test server's client never decompresses, so the encoding is visible.
        var client = await hub.CreateApiClientAsync();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/content?pageSize=50");
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.Single());
        }
    }

    [Fact]
    public async Task Khmer_answer_is_never_served_from_cache_for_english()
    {
        var client = await hub.CreateApiClientAsync();
        var path = $"/api/v1/content/{TestContent.Lesson1}";
        for (var i = 0; i < 3; i++)
        {
            var km = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, path, acceptLanguage: "km"));
            var en = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, path, acceptLanguage: "en"));
            var none = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, path));
            Assert.Equal(TestContent.Lesson1TitleKm, km.GetProperty("title").GetString());
            Assert.Equal(TestContent.Lesson1TitleEn, en.GetProperty("title").GetString());
            Assert.Equal(TestContent.Lesson1TitleKm, none.GetProperty("title").GetString());
        }
    }
}

public sealed class ApiRateLimitTests
{
    private sealed class TightHub : ApiHub
    {
        protected override int RateLimitPermits => 3;
    }

    [Fact]
    public async Task Client_over_its_limit_gets_429_problem_with_retry_after()
    {
        await using var hub = new TightHub();
        var client = await hub.CreateApiClientAsync();
        HttpResponseMessage? response = null;
        for (var i = 0; i < 4; i++)
        {
            response = await ApiHub.GetAsync(client, "/api/v1/organisations");
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var json = await ApiHub.JsonAsync(response);
        Assert.Equal(429, json.GetProperty("status").GetInt32());

        // The public site is not limited by the API's limiter.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/en", TestContext.Current.CancellationToken)).StatusCode);
    }
}
