using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests.Search;

public sealed class KhmerSearchTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    private const string Word = "ប្រព័ន្ធ"; // "system": written inside "បញ្ញាសិប្បនិម្មិតគឺជាប្រព័ន្ធកុំព្យូទ័រ" without spaces

    [Fact]
    public async Task Searching_a_khmer_word_from_the_header_box_shows_a_highlighted_result()
    {
        var page = await hub.NewPageAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await page.GotoAsync(hub.BaseAddress + "/km");
            await page.FillAsync("#site-search", Word);
            await page.PressAsync("#site-search", "Enter");
            await page.WaitForURLAsync("**/km/search?q=*");
            // The index follows the change feed in the background; right after start it may still be catching up.
            if (await page.Locator(".search-hit").CountAsync() > 0 || DateTime.UtcNow > deadline) break;
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        var hit = page.Locator(".search-hit", new PageLocatorOptions { Has = page.Locator("a[href='/km/lessons/what-is-ai']") });
        await Assertions.Expect(hit).ToBeVisibleAsync();
        var mark = hit.Locator(".search-snippet mark").First;
        await Assertions.Expect(mark).ToBeVisibleAsync();
        Assert.Contains(Word, await mark.InnerTextAsync());
        var background = await mark.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.Equal("km", await hit.Locator("h3").GetAttributeAsync("lang"));
        Assert.Equal(Word, await page.InputValueAsync("#search-query"));

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotDirectory, "km-search.png"), FullPage = true });
    }

    [Fact]
    public async Task Search_works_with_javascript_off()
    {
        if (hub.Browser is null) Assert.Skip($"Chromium not installed at {BrowserHub.ChromiumPath}");
        var context = await hub.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(hub.BaseAddress + "/en/search?q=AI");
        await page.FillAsync("#search-query", "think before you share");
        await page.ClickAsync(".search-page-box button[type=submit]");
        await Assertions.Expect(page.Locator(".search-hit a[href='/en/campaigns/think-before-you-share']")).ToBeVisibleAsync();
        await context.DisposeAsync();
    }
}
