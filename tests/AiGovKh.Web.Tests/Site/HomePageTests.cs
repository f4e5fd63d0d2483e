using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Site;

public sealed class HomePageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Root_redirects_to_the_Khmer_home_page()
    {
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/km", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("km", "ទំព័រដើម", "សាធារណជន", TestContent.CourseTitleKm, "ស្វែងរក")]
    [InlineData("en", "Home", "General public", TestContent.CourseTitleEn, "Search")]
    public async Task Home_page_shows_tiers_featured_courses_and_campaign_in_the_readers_language(
        string locale, string home, string publicTier, string courseTitle, string search)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}");

        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(home, page.Title);
        var tiers = page.QuerySelectorAll(".tiers a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            ["public", "students", "professionals", "leaders", "policymakers"],
            tiers.Select(href => href!.Split('/').Last()));
        Assert.All(tiers, href => Assert.StartsWith($"/{locale}/audiences/", href));
        Assert.Equal(publicTier, page.Text(".tiers li:first-child a"));
        Assert.Contains(page.QuerySelectorAll(".cards .card-title a"), a => a.TextContent == courseTitle && a.GetAttribute("href") == $"/{locale}/courses/{TestContent.Course}");
        Assert.Equal($"/{locale}/campaigns/{TestContent.Campaign}", page.QuerySelector(".campaign a")?.GetAttribute("href"));
        Assert.Equal(search, page.Text("form[role=search] button"));
    }

    [Fact]
    public async Task Expired_campaign_is_not_featured()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/en");
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains(TestContent.Expired, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("km", "en")]
    [InlineData("en", "km")]
    public async Task Every_page_has_hreflang_alternates_and_a_switcher_to_the_other_language(string locale, string other)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}");

        var alternates = page.QuerySelectorAll("link[rel=alternate]").ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal("/km", alternates["km"]);
        Assert.Equal("/en", alternates["en"]);
        Assert.Equal("/km", alternates["x-default"]);
        var switcher = page.QuerySelector("nav.language a")!;
        Assert.Equal($"/{other}", switcher.GetAttribute("href"));
        // The link's name is in the other language; its title ("Read this page in …") stays in the page's.
        Assert.Equal(other, switcher.QuerySelector("span[lang]")?.GetAttribute("lang"));
        Assert.Null(switcher.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("km")]
    [InlineData("en")]
    public async Task Every_page_has_a_search_box_that_gets_the_locale_search_page(string locale)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}/courses/{TestContent.Course}");
        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal($"/{locale}/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=q]"));
        var label = form.QuerySelector("label")!;
        Assert.Equal(form.QuerySelector("input")!.Id, label.GetAttribute("for"));
    }

    [Fact]
    public async Task Layout_has_skip_link_landmarks_and_no_inline_script()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/km");
        Assert.Equal("#main", page.QuerySelector("a.skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task Khmer_is_written_as_characters_not_entities()
    {
        var client = await hub.CreateSeededClientAsync();
        var html = await client.GetStringAsync("/km", TestContext.Current.CancellationToken);
        Assert.Contains("ទំព័រដើម", html);
        Assert.DoesNotContain("&#x17", html);
    }
}
