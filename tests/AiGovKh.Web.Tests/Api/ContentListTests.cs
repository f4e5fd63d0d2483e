using System.Net;
using System.Text.Json;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Api;

public sealed class ContentListTests(ApiHub hub) : IClassFixture<ApiHub>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> ListAsync(string query, string? acceptLanguage = null)
    {
        var client = await hub.CreateApiClientAsync();
        var response = await ApiHub.GetAsync(client, "/api/v1/content" + query, acceptLanguage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await ApiHub.JsonAsync(response));
    }

    private static List<string> Slugs(JsonElement json) => json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Lists_every_published_item_and_nothing_else_newest_first()
    {
        var (response, json) = await ListAsync("?pageSize=100");

        Assert.Equal(ApiHub.Live.Order(), Slugs(json).Order());
        Assert.Equal(ApiHub.Live.Length, json.GetProperty("total").GetInt32());
        Assert.Equal(ApiHub.Live.Length.ToString(), response.Headers.GetValues("X-Total-Count").Single());
        var published = json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("revision").GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
    }

    [Theory]
    [InlineData("?type=lesson", new[] { TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly })]
    [InlineData("?type=course", new[] { TestContent.Course })]
    [InlineData("?type=guideline", new[] { TestContent.GuidelineStaleKhmer })]
    [InlineData("?audience=leaders", new[] { TestContent.GuidelineStaleKhmer })]
    [InlineData("?audience=students", new[] { TestContent.Course, TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly })]
    [InlineData("?topic=safety", new[] { TestContent.GuidelineStaleKhmer, TestContent.Lesson3KhmerOnly })]
    [InlineData("?topic=work&type=guideline", new[] { TestContent.GuidelineStaleKhmer })]
    [InlineData("?organisation=moeys", new[] { TestContent.GuidelineStaleKhmer })]
    [InlineData("?organisation=nobody", new string[0])]
    [InlineData("?updatedSince=2026-11-02T00:00:00Z&type=lesson", new string[0])]
    [InlineData("?updatedSince=2026-11-01&type=lesson", new[] { TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly })]
    public async Task Each_filter_narrows_the_list(string query, string[] expected)
    {
        var (_, json) = await ListAsync(query + "&pageSize=100");
        Assert.Equal(expected.Order(), Slugs(json).Order());
    }

    [Fact]
    public async Task Paging_walks_the_whole_list_once_with_link_headers()
    {
        var seen = new List<string>();
        var (first, json) = await ListAsync("?pageSize=2&type=lesson");
        Assert.Contains("rel=\"next\"", first.Headers.GetValues("Link").Single());
        Assert.DoesNotContain("rel=\"prev\"", first.Headers.GetValues("Link").Single());
        seen.AddRange(Slugs(json));
        var (all, allJson) = await ListAsync("?pageSize=2");
        var total = allJson.GetProperty("total").GetInt32();
        var pages = allJson.GetProperty("pageCount").GetInt32();
        Assert.Equal((total + 1) / 2, pages);

        var walked = new List<string>();
        string? next = "/api/v1/content?pageSize=2";
        var client = await hub.CreateApiClientAsync();
        while (next is not null)
        {
            var response = await ApiHub.GetAsync(client, next);
            walked.AddRange(Slugs(await ApiHub.JsonAsync(response)));
            var link = response.Headers.GetValues("Link").Single();
            next = link.Split(", ").Where(l => l.EndsWith("rel=\"next\"")).Select(l => new Uri(l[1..l.IndexOf('>')]).PathAndQuery).FirstOrDefault();
        }
        Assert.Equal(total, walked.Count);
        Assert.Equal(walked.Distinct().Count(), walked.Count);
        Assert.Equal(Slugs(allJson).Take(2), walked.Take(2));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_not_an_error()
    {
        var (response, json) = await ListAsync("?page=99&pageSize=100");
        Assert.Empty(Slugs(json));
        Assert.Contains("rel=\"prev\"", response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task Largest_page_size_is_accepted()
    {
        var (_, json) = await ListAsync("?pageSize=100");
        Assert.Equal(100, json.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Items_missing_the_locale_are_served_in_the_other_with_fallback_flag()
    {
        var (_, json) = await ListAsync("?type=lesson&locale=km");
        var english = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == TestContent.Lesson2EnglishOnly);
        Assert.True(english.GetProperty("fallback").GetBoolean());
        Assert.Equal("en", english.GetProperty("locale").GetString());
        var khmer = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == TestContent.Lesson1);
        Assert.False(khmer.GetProperty("fallback").GetBoolean());
        Assert.Equal(TestContent.Lesson1TitleKm, khmer.GetProperty("title").GetString());
    }
}
