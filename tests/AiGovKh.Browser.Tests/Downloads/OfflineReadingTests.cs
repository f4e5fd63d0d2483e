using AiGovKh.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests.Downloads;

/// <summary>Service worker as progressive enhancement: "save this course" keeps its lessons for reading offline.</summary>
public sealed class OfflineReadingTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Saved_course_lessons_open_with_the_network_off()
    {
        var page = await hub.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync($"{hub.BaseAddress}/en/courses/{TestContent.Course}");
        await page.EvaluateAsync("navigator.serviceWorker.ready");
        await page.ReloadAsync(); // the page is now controlled by the worker
        await page.ClickAsync("[data-save-offline]");
        // (No WaitForFunction: it evaluates a string, which the strict CSP rightly refuses.)
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!((await page.TextContentAsync("[data-save-offline-status]")) ?? "").Contains('/') && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Contains("4/4", await page.TextContentAsync("[data-save-offline-status]"));

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync($"{hub.BaseAddress}/en/lessons/{TestContent.Lesson2EnglishOnly}");
        Assert.Equal(TestContent.Lesson2TitleEn, (await page.TextContentAsync("article h1"))?.Trim());
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_javascript_the_save_button_stays_hidden_and_the_page_works()
    {
        if (hub.Browser is null)
        {
            Assert.Skip($"Chromium not installed at {BrowserHub.ChromiumPath}");
        }
        var context = await hub.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{hub.BaseAddress}/en/courses/{TestContent.Course}");
        Assert.False(await page.IsVisibleAsync("[data-save-offline]"));
        Assert.True(await page.IsVisibleAsync(".teacher-downloads a[href$='pack.zip']"));
    }
}
