using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests;

public sealed class KhmerHomePageTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Khmer_home_page_is_lang_km_and_set_in_Noto_Sans_Khmer()
    {
        var page = await hub.NewPageAsync();
        var response = await page.GotoAsync(hub.BaseAddress + "/km");
        Assert.Equal(200, response?.Status);

        Assert.Equal("km", await page.GetAttributeAsync("html", "lang"));

        var fontFamily = await page.Locator(".hero h1").EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.StartsWith("\"Noto Sans Khmer\"", fontFamily);

        var loaded = await page.EvaluateAsync<bool>(
            """
            async () => {
              await document.fonts.ready;
              return [...document.fonts].some(f => f.family.replaceAll('"', '') === 'Noto Sans Khmer' && f.status === 'loaded');
            }
            """);
        Assert.True(loaded, "Noto Sans Khmer was not loaded by the page");

        // Stacked consonants need room: Khmer text gets a line height of at least 1.7.
        var lineHeightRatio = await page.Locator(".hero .lead").EvaluateAsync<double>(
            "e => parseFloat(getComputedStyle(e).lineHeight) / parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(lineHeightRatio >= 1.7, $"line-height ratio {lineHeightRatio}");

        var screenshot = Path.Combine(BrowserHub.ScreenshotDirectory, "km-home.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);
    }
}
