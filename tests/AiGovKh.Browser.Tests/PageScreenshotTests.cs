using AiGovKh.Web.Tests.Fixtures;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests;

/// <summary>The main page kinds as a reader sees them: screenshots to look at, and an axe-core WCAG 2.2 AA check.</summary>
public sealed class PageScreenshotTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/en", "en-home" },
        { "/km/courses/" + TestContent.Course, "km-course" },
        { "/km/lessons/" + TestContent.Lesson1, "km-lesson" },
        { "/en/lessons/" + TestContent.Lesson1, "en-lesson" },
        { "/km/lessons/" + TestContent.Lesson2EnglishOnly, "km-lesson-fallback" },
        { "/km/audiences/public", "km-audience" },
        { "/km/no-such-page", "km-404" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_meets_WCAG_2_2_AA_on_a_phone(string path, string name)
    {
        var page = await hub.NewPageAsync();
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
