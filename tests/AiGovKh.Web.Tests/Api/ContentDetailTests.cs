using System.Net;
using System.Text.Json;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Api;

public sealed class ContentDetailTests(ApiHub hub) : IClassFixture<ApiHub>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path, string? acceptLanguage = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await hub.CreateApiClientAsync();
        var response = await ApiHub.GetAsync(client, path, acceptLanguage);
        Assert.Equal(expected, response.StatusCode);
        return (response, await ApiHub.JsonAsync(response));
    }

    [Fact]
    public async Task Lesson_has_everything_needed_to_render_it_without_the_site()
    {
        var (response, json) = await GetAsync($"/api/v1/content/{TestContent.Lesson1}?locale=en");

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("lesson", json.GetProperty("type").GetString());
        Assert.Equal(TestContent.Lesson1TitleEn, json.GetProperty("title").GetString());
        Assert.Equal("<p>AI is a computer system.</p>", json.GetProperty("html").GetString());
        Assert.Equal("Explain in your own words what AI is.", json.GetProperty("objectives")[0].GetString());
        Assert.Equal(8, json.GetProperty("readingMinutes").GetInt32());
        Assert.Equal("No. It finds patterns in data.", json.GetProperty("questions")[0].GetProperty("answer").GetString());
        Assert.Equal(["public", "students"], json.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("mptc", json.GetProperty("organisation").GetProperty("slug").GetString());
        Assert.Equal("CC-BY-4.0", json.GetProperty("license").GetProperty("id").GetString());
        var attachment = json.GetProperty("attachments")[0];
        Assert.Equal(TestContent.AttachmentSha, attachment.GetProperty("sha256").GetString());
        Assert.Equal(348_160, attachment.GetProperty("size").GetInt64());
        Assert.EndsWith($"/media/{TestContent.AttachmentSha}/activity-sheet.pdf", attachment.GetProperty("url").GetString());
        Assert.Equal("artificial-intelligence", json.GetProperty("glossary")[0].GetProperty("id").GetString());

        var links = json.GetProperty("links");
        Assert.EndsWith($"/km/lessons/{TestContent.Lesson1}", links.GetProperty("site").GetProperty("km").GetString());
        Assert.EndsWith($"/en/lessons/{TestContent.Lesson1}", links.GetProperty("site").GetProperty("en").GetString());
        Assert.Equal(TestContent.Course, links.GetProperty("course").GetProperty("slug").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("previous").ValueKind);
        Assert.Equal(TestContent.Lesson2EnglishOnly, links.GetProperty("next").GetProperty("slug").GetString());
        Assert.EndsWith($"/en/lessons/{TestContent.Lesson1}/pack.zip", links.GetProperty("downloads").GetProperty("lessonPack").GetString());
        Assert.EndsWith($"/en/lessons/{TestContent.Lesson1}/print", links.GetProperty("downloads").GetProperty("print").GetString());
    }

    [Theory]
    [InlineData("?locale=en", null, "en")]
    [InlineData("?locale=km", "en", "km")]
    [InlineData("", "en-GB,en;q=0.9", "en")]
    [InlineData("", "fr, en;q=0.5, km;q=0.8", "km")]
    [InlineData("", "km-KH", "km")]
    [InlineData("", "fr", "km")]
    [InlineData("", "", "km")]
    [InlineData("", null, "km")]
    [InlineData("", ";;;garbage,,q=", "km")]
    public async Task Locale_parameter_wins_then_accept_language_then_khmer(string query, string? acceptLanguage, string expected)
    {
        var (response, json) = await GetAsync($"/api/v1/content/{TestContent.Lesson1}{query}", acceptLanguage);
        Assert.Equal(expected, json.GetProperty("locale").GetString());
        Assert.Equal(expected, response.Content.Headers.ContentLanguage.Single());
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Missing_locale_falls_back_with_flag_and_content_language_of_the_text_served()
    {
        var (response, json) = await GetAsync($"/api/v1/content/{TestContent.Lesson2EnglishOnly}?locale=km");
        Assert.True(json.GetProperty("fallback").GetBoolean());
        Assert.Equal("km", json.GetProperty("requestedLocale").GetString());
        Assert.Equal("en", json.GetProperty("locale").GetString());
        Assert.Equal("en", response.Content.Headers.ContentLanguage.Single());
        Assert.Equal(TestContent.Lesson2TitleEn, json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Translation_older_than_its_sibling_is_flagged_stale()
    {
        var (_, khmer) = await GetAsync($"/api/v1/content/{TestContent.GuidelineStaleKhmer}?locale=km");
        var (_, english) = await GetAsync($"/api/v1/content/{TestContent.GuidelineStaleKhmer}?locale=en");
        Assert.True(khmer.GetProperty("stale").GetBoolean());
        Assert.False(english.GetProperty("stale").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/content/no-such-item")]
    [InlineData("/api/v1/content/UPPER")]
    [InlineData("/api/v1/content/%E1%9E%80")]
    [InlineData("/api/v1/courses/" + TestContent.Lesson1)]
    [InlineData("/api/v1/courses/no-such-course")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Unknown_slug_is_a_404_problem(string path)
    {
        var (response, json) = await GetAsync(path, expected: HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Course_lists_its_published_lessons_in_order()
    {
        var (_, json) = await GetAsync($"/api/v1/courses/{TestContent.Course}?locale=en");
        Assert.Equal(TestContent.CourseTitleEn, json.GetProperty("course").GetProperty("title").GetString());
        Assert.EndsWith($"/en/courses/{TestContent.Course}/pack.zip", json.GetProperty("course").GetProperty("links").GetProperty("downloads").GetProperty("coursePack").GetString());
        Assert.Equal(
            [TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly],
            json.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Organisations_and_glossary_are_listed()
    {
        var (_, organisations) = await GetAsync("/api/v1/organisations?locale=en");
        var mptc = organisations.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("slug").GetString() == "mptc");
        Assert.Equal("Ministry of Post and Telecommunications", mptc.GetProperty("name").GetString());
        Assert.Equal(6, mptc.GetProperty("publishedItems").GetInt32());

        var (_, glossary) = await GetAsync("/api/v1/glossary", acceptLanguage: "km");
        var term = Assert.Single(glossary.GetProperty("terms").EnumerateArray());
        Assert.Equal("បញ្ញាសិប្បនិម្មិត", term.GetProperty("term").GetString());
        Assert.Equal([TestContent.Lesson1], term.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }
}
