using System.Net;
using System.Text.Json;
using AiGovKh.Web.Tests.Fixtures;
using static AiGovKh.Web.Tests.Search.SearchHub;

namespace AiGovKh.Web.Tests.Search;

public sealed class SearchApiTests : IAsyncLifetime
{
    private readonly SearchHub _hub = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = await _hub.CreateSeededClientAsync();
        await WaitForAsync(_client, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Khmer_word_finds_khmer_items_inside_unbroken_text()
    {
        // "ប្រព័ន្ធ" (system) appears only inside "បញ្ញាសិប្បនិម្មិតគឺជាប្រព័ន្ធកុំព្យូទ័រ", written without spaces.
        var json = await WaitForAsync(_client, "q=" + Q("ប្រព័ន្ធ"), j => j.GetProperty("total").GetInt64() > 0);
        Assert.True(Has(json, TestContent.Lesson1, "km"));
        var item = json.GetProperty("items").EnumerateArray().First(i => i.GetProperty("slug").GetString() == TestContent.Lesson1);
        Assert.Contains("<mark>", item.GetProperty("snippet").GetString());
        Assert.Equal("/km/lessons/what-is-ai", item.GetProperty("url").GetString());
    }

    [Fact]
    public async Task English_query_finds_english_items_and_answers_in_camel_case_json()
    {
        var response = await _client.GetAsync("/api/v1/search?q=computer+systems&lang=en", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.True(Has(json, TestContent.Lesson1, "en"));
        foreach (var name in new[] { "query", "outcome", "total", "page", "pageSize", "pageCount", "items", "facets" }) Assert.True(json.TryGetProperty(name, out _), name);
        var facets = json.GetProperty("facets");
        foreach (var name in new[] { "type", "audience", "organisation", "locale" }) Assert.True(facets.TryGetProperty(name, out _), name);
    }

    [Fact]
    public async Task Khmer_text_in_json_is_not_escaped()
    {
        var body = await _client.GetStringAsync("/api/v1/search?q=" + Q("បញ្ញាសិប្បនិម្មិត"), TestContext.Current.CancellationToken);
        Assert.Contains("បញ្ញាសិប្បនិម្មិត", body);
    }

    [Fact]
    public async Task Filters_narrow_results_and_facets_count_them()
    {
        var json = await WaitForAsync(_client, "q=AI&lang=en&type=lesson", j => j.GetProperty("total").GetInt64() > 0);
        Assert.All(json.GetProperty("items").EnumerateArray(), i => Assert.Equal("lesson", i.GetProperty("type").GetString()));
        var types = json.GetProperty("facets").GetProperty("type").EnumerateArray().ToList();
        Assert.Contains(types, t => t.GetProperty("value").GetString() == "lesson" && t.GetProperty("selected").GetBoolean());
        Assert.Contains(types, t => t.GetProperty("value").GetString() == "course" && t.GetProperty("count").GetInt32() > 0);
    }

    [Fact]
    public async Task Paging_reports_the_total_and_page_count()
    {
        var json = await WaitForAsync(_client, "q=AI&lang=en&pageSize=1&page=2", j => j.GetProperty("total").GetInt64() > 1);
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(1, json.GetProperty("items").GetArrayLength());
        Assert.Equal(json.GetProperty("total").GetInt64(), json.GetProperty("pageCount").GetInt32());
    }

    [Theory]
    [InlineData("type=video", "type")]
    [InlineData("audience=everyone", "audience")]
    [InlineData("locale=fr", "locale")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/v1/search?q=AI&" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("AI (basics")]
    [InlineData("title:AI OR \"")]
    [InlineData("*?~^[]{}\\/!&&||")]
    public async Task Lucene_syntax_is_text_not_an_error(string typed)
    {
        var response = await _client.GetAsync("/api/v1/search?q=" + Q(typed), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Empty_and_very_long_queries_get_an_answer()
    {
        var empty = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/search?q=", TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("emptyQuery", empty.GetProperty("outcome").GetString());
        var longQuery = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/search?q=" + Q(string.Concat(Enumerable.Repeat("បញ្ញាសិប្បនិម្មិត ", 300))), TestContext.Current.CancellationToken)).RootElement;
        Assert.True(longQuery.GetProperty("truncated").GetBoolean());
        Assert.Equal("ok", longQuery.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Drafts_and_expired_items_are_not_found()
    {
        var json = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/search?q=campaign+draft+lesson+over&lang=en", TestContext.Current.CancellationToken)).RootElement;
        Assert.False(Has(json, TestContent.DraftOnly));
        var expired = JsonDocument.Parse(await _client.GetStringAsync("/api/v1/search?q=expired&lang=en", TestContext.Current.CancellationToken)).RootElement;
        Assert.False(Has(expired, TestContent.Expired));
    }
}
