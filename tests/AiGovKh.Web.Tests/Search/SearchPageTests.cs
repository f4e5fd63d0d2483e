using System.Net;
using AiGovKh.Web.Tests.Fixtures;
using static AiGovKh.Web.Tests.Search.SearchHub;

namespace AiGovKh.Web.Tests.Search;

public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly SearchHub _hub = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = await _hub.CreateSeededClientAsync();
        await WaitForAsync(_client, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
    }

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task Khmer_search_page_renders_highlighted_results_and_facets_without_javascript()
    {
        var (_, page) = await _client.GetPageAsync("/km/search?q=" + Uri.EscapeDataString("ប្រព័ន្ធ"));
        Assert.Equal("km", page.DocumentElement.GetAttribute("lang"));
        var hit = page.QuerySelectorAll(".search-hit").Single(h => h.QuerySelector("a")!.GetAttribute("href") == "/km/lessons/what-is-ai");
        Assert.Equal("km", hit.QuerySelector("h3")!.GetAttribute("lang"));
        Assert.Contains("ប្រព័ន្ធ", hit.QuerySelector(".search-snippet mark")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav.search-facets a[href*='type=']"));
        Assert.Equal("ប្រព័ន្ធ", page.QuerySelector("input#search-query")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("[role=status]"));
    }

    [Fact]
    public async Task English_search_page_renders_results_in_english()
    {
        var (_, page) = await _client.GetPageAsync("/en/search?q=think+before+you+share");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll(".search-hit a"), a => a.GetAttribute("href") == "/en/campaigns/think-before-you-share");
        Assert.Contains("Filter results", page.Text("nav.search-facets h2"));
    }

    [Fact]
    public async Task Khmer_hits_on_the_English_page_name_their_ministry_in_English_and_mark_the_Khmer_query()
    {
        var (_, page) = await _client.GetPageAsync("/en/search?q=" + Uri.EscapeDataString("ប្រព័ន្ធ"));
        var hit = page.QuerySelectorAll(".search-hit").First(h => h.QuerySelector("h3")!.GetAttribute("lang") == "km");
        Assert.Contains("Ministry of Post and Telecommunications", hit.QuerySelector(".search-hit-meta")!.TextContent);
        Assert.DoesNotContain("ក្រសួង", hit.QuerySelector(".search-hit-meta")!.TextContent);
        Assert.Equal("ប្រព័ន្ធ", page.QuerySelector(".search-status span[lang=km]")?.TextContent);
    }

    [Fact]
    public async Task Facet_links_filter_the_results()
    {
        var (_, page) = await _client.GetPageAsync("/en/search?q=AI&type=campaign");
        Assert.All(page.QuerySelectorAll(".search-hit a"), a => Assert.StartsWith("/en/campaigns/", a.GetAttribute("href")));
        Assert.NotNull(page.QuerySelector("nav.search-facets [aria-current=true]"));
    }

    [Fact]
    public async Task Empty_and_nonsense_queries_get_a_friendly_page()
    {
        var (_, empty) = await _client.GetPageAsync("/km/search");
        Assert.Contains("សូមវាយពាក្យ", empty.Text(".search-status"));
        var (_, nothing) = await _client.GetPageAsync("/en/search?q=zzqxv+wqqz");
        Assert.Contains("No results", nothing.Text(".search-status"));
        var (_, syntax) = await _client.GetPageAsync("/en/search?q=" + Uri.EscapeDataString("AI:(\"[*"));
        Assert.NotNull(syntax.QuerySelector(".search-status"));
    }

    [Fact]
    public async Task Layout_links_the_opensearch_description_and_it_points_at_the_search_page()
    {
        var (_, home) = await _client.GetPageAsync("/km/search?q=AI");
        var link = home.QuerySelector("link[rel=search]")!;
        Assert.Equal("application/opensearchdescription+xml", link.GetAttribute("type"));
        var response = await _client.GetAsync(link.GetAttribute("href"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var template = xml.Descendants().First(e => e.Name.LocalName == "Url" && (string?)e.Attribute("type") == "text/html").Attribute("template")!.Value;
        Assert.EndsWith("/km/search?q={searchTerms}", template);
    }
}
