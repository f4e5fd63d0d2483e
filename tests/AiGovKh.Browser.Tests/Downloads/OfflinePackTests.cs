using System.IO.Compression;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests.Downloads;

/// <summary>The lesson pack's offline page opened from file:// (a USB stick) with no network.</summary>
public sealed class OfflinePackTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    [Theory]
    [InlineData("km", TestContent.Lesson1TitleKm)]
    [InlineData("en", TestContent.Lesson1TitleEn)]
    public async Task Offline_page_renders_with_the_khmer_font_and_no_failed_requests(string locale, string title)
    {
        var page = await hub.NewPageAsync();
        using var http = new HttpClient { BaseAddress = new Uri(hub.BaseAddress) };
        var zip = await http.GetByteArrayAsync($"/{locale}/lessons/{TestContent.Lesson1}/pack.zip", TestContext.Current.CancellationToken);
        var folder = Directory.CreateTempSubdirectory("aigovkh-pack-");
        try
        {
            await ZipFile.ExtractToDirectoryAsync(new MemoryStream(zip), folder.FullName, TestContext.Current.CancellationToken);
            var failed = new List<string>();
            var network = new List<string>();
            page.RequestFailed += (_, request) => failed.Add(request.Url);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file://", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    network.Add(request.Url);
                }
            };

            await page.GotoAsync(new Uri(Path.Combine(folder.FullName, "index.html")).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.EvaluateAsync("document.fonts.ready");

            Assert.Equal(title, (await page.TextContentAsync("h1"))?.Trim());
            var khmerFontLoaded = await page.EvaluateAsync<bool>(
                "[...document.fonts].some(f => f.family.replaceAll('\"', '') === 'Noto Sans Khmer' && f.status === 'loaded')");
            Assert.True(khmerFontLoaded, "Noto Sans Khmer from the pack should be loaded");
            Assert.Empty(failed);
            Assert.Empty(network);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHub.ScreenshotDirectory, $"offline-pack-{locale}.png"), FullPage = true });

            // The page a class reads from a USB stick meets the same bar as the site (axe after the request checks:
            // axe fetches stylesheets itself, which file:// refuses).
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            Assert.Empty(result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
