using AiGovKh.Web.Tests.Fixtures;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests;

/// <summary>The main page kinds as a reader sees them: screenshots to look at, and an axe-core WCAG 2.2 AA check.</summary>
public sealed class PageScreenshotTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    private const int Phone = 390;
    private const int Desktop = 1366;

    /// <summary>Every public page kind, in both languages, at phone and desktop widths.</summary>
    public static TheoryData<string, string, int> Pages => new()
    {
        { "/km", "km-home", Phone },
        { "/en", "en-home", Phone },
        { "/km", "km-home-desktop", Desktop },
        { "/km/courses/" + TestContent.Course, "km-course", Phone },
        { "/en/courses/" + TestContent.Course, "en-course-desktop", Desktop },
        { "/km/lessons/" + TestContent.Lesson1, "km-lesson", Phone },
        { "/en/lessons/" + TestContent.Lesson1, "en-lesson", Phone },
        { "/km/lessons/" + TestContent.Lesson1, "km-lesson-desktop", Desktop },
        { "/km/lessons/" + TestContent.Lesson2EnglishOnly, "km-lesson-fallback", Phone },
        { "/km/audiences/public", "km-audience", Phone },
        { "/en/audiences/professionals", "en-audience-desktop", Desktop },
        { "/km/guidelines/" + TestContent.GuidelineStaleKhmer, "km-guideline-stale", Phone },
        { "/en/guidelines/" + TestContent.GuidelineStaleKhmer, "en-guideline-desktop", Desktop },
        { "/km/campaigns/" + TestContent.Campaign, "km-campaign", Phone },
        { "/en/campaigns/" + TestContent.Campaign, "en-campaign", Phone },
        { "/km/pages/" + TestContent.Page, "km-page-desktop", Desktop },
        { "/en/pages/" + TestContent.Page, "en-page", Phone },
        { "/km/search?q=" + Uri.EscapeDataString("បញ្ញាសិប្បនិម្មិត"), "km-search-khmer", Phone },
        { "/en/search?q=" + Uri.EscapeDataString("បញ្ញាសិប្បនិម្មិត"), "en-search-khmer-desktop", Desktop },
        { "/en/search?q=artificial", "en-search-english", Phone },
        { "/km/search?q=zqxjvwk", "km-search-no-results", Phone },
        { "/en/search", "en-search-empty-desktop", Desktop },
        { "/km/no-such-page", "km-404", Phone },
        { "/en/no-such-page", "en-404-desktop", Desktop },
        { "/km/lessons/" + TestContent.Lesson1 + "/print", "km-lesson-print", Phone },
        { "/en/courses/" + TestContent.Course + "/print", "en-course-print-desktop", Desktop },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_meets_WCAG_2_2_AA(string path, string name, int width)
    {
        var page = await hub.NewPageAsync(width, width == Phone ? 844 : 900);
        await page.GotoAsync(hub.BaseAddress + path);
        await page.EvaluateAsync("async () => { await document.fonts.ready; }");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotDirectory, name + ".png"), FullPage = true });

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})");
        Assert.Empty(violations);
    }
}
