using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Site;

public sealed class NotFoundPageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("km", "រកមិនឃើញទំព័រ")]
    [InlineData("en", "Page not found")]
    public async Task Unknown_path_under_a_locale_gets_a_404_in_that_language(string locale, string heading)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}/no/such/page", HttpStatusCode.NotFound);
        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text(".status-page h1"));
        Assert.Equal($"/{locale}", page.QuerySelector(".status-page a.button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_path_without_a_locale_gets_a_bilingual_404()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/no-such-thing", HttpStatusCode.NotFound);
        var sections = page.QuerySelectorAll(".status-page");
        Assert.Equal(["km", "en"], sections.Select(s => s.GetAttribute("lang")));
        Assert.Equal("រកមិនឃើញទំព័រ", sections[0].QuerySelector("h1")?.TextContent);
        Assert.Equal("Page not found", sections[1].QuerySelector("h2")?.TextContent);
        Assert.Equal("/en", sections[1].QuerySelector("a.button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Unknown_api_path_gets_problem_details_not_a_page()
    {
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync("/api/v1/no-such-resource", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
