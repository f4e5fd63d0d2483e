using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Api;

/// <summary>Drafts, items in review, approved, scheduled, unpublished, deleted (archived) and expired items never appear.</summary>
public sealed class NotPublishedNeverLeaksTests(ApiHub hub) : IClassFixture<ApiHub>
{
    public static TheoryData<string> Hidden => [.. ApiHub.NotLive];

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Item_is_404_in_the_api(string slug)
    {
        var client = await hub.CreateApiClientAsync();
        foreach (var locale in new[] { "km", "en" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ApiHub.GetAsync(client, $"/api/v1/content/{slug}?locale={locale}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await ApiHub.GetAsync(client, $"/api/v1/courses/{slug}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Item_is_in_no_list_course_or_glossary(string slug)
    {
        var client = await hub.CreateApiClientAsync();
        foreach (var path in new[]
        {
            "/api/v1/content?pageSize=100&locale=en", "/api/v1/content?pageSize=100&locale=km", "/api/v1/content?type=lesson&pageSize=100",
            $"/api/v1/courses/{TestContent.Course}?locale=en", "/api/v1/glossary?locale=en", "/api/v1/glossary?locale=km",
        })
        {
            var body = await (await ApiHub.GetAsync(client, path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain($"\"{slug}\"", body);
            Assert.DoesNotContain(ApiHub.SecretTitle, body);
        }
    }

    [Theory]
    [MemberData(nameof(Hidden))]
    public async Task Change_feed_never_offers_it_as_published(string slug)
    {
        var client = await hub.CreateApiClientAsync();
        var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, "/api/v1/changes?since=0&limit=500"));
        var entries = json.GetProperty("changes").EnumerateArray().Where(c => c.GetProperty("slug").GetString() == slug).ToList();
        Assert.All(entries, e => Assert.Equal("withdrawn", e.GetProperty("kind").GetString()));
        Assert.DoesNotContain(ApiHub.SecretTitle, json.ToString());
    }

    [Fact]
    public async Task Organisation_counts_only_published_items()
    {
        var client = await hub.CreateApiClientAsync();
        var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, "/api/v1/organisations"));
        var total = json.GetProperty("items").EnumerateArray().Sum(o => o.GetProperty("publishedItems").GetInt32());
        Assert.Equal(ApiHub.Live.Length, total);
    }
}
