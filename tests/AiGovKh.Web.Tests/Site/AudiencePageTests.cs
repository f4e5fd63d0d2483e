using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Site;

public sealed class AudiencePageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    public static TheoryData<string, string, string> Tiers => new()
    {
        { "km", "public", "សាធារណជន" }, { "en", "public", "General public" },
        { "km", "students", "សិស្ស និស្សិត" }, { "en", "students", "Students" },
        { "km", "professionals", "អ្នកជំនាញ" }, { "en", "professionals", "Professionals" },
        { "km", "leaders", "អ្នកដឹកនាំ" }, { "en", "leaders", "Leaders" },
        { "km", "policymakers", "អ្នកធ្វើគោលនយោបាយ" }, { "en", "policymakers", "Policymakers" },
    };

    [Theory]
    [MemberData(nameof(Tiers))]
    public async Task Every_tier_has_a_page_in_both_languages(string locale, string tier, string heading)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}/audiences/{tier}");
        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text("main h1"));
    }

    [Fact]
    public async Task Tier_page_lists_the_material_for_that_tier_grouped_by_type()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/en/audiences/public");
        var groups = page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Courses", "Campaigns", "Pages"], groups);
        var links = page.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/en/courses/{TestContent.Course}", links);
        Assert.DoesNotContain($"/en/guidelines/{TestContent.GuidelineStaleKhmer}", links);
        Assert.DoesNotContain(links, l => l!.Contains("/lessons/", StringComparison.Ordinal));

        var (_, leaders) = await client.GetPageAsync("/en/audiences/leaders");
        Assert.Equal([$"/en/guidelines/{TestContent.GuidelineStaleKhmer}"], leaders.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Tier_without_material_says_so()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/km/audiences/policymakers");
        Assert.Contains("មិនទាន់មានមាតិកាចេញផ្សាយនៅទីនេះនៅឡើយទេ។", page.Text("main"));
    }

    [Theory]
    [InlineData("/en/audiences/teachers")]
    [InlineData("/km/audiences/Public")]
    public async Task Unknown_tier_is_not_found(string path)
    {
        var client = await hub.CreateSeededClientAsync();
        await client.GetPageAsync(path, HttpStatusCode.NotFound);
    }
}
