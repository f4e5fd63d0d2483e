using System.Globalization;
using Microsoft.Playwright;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// Bytes transferred (compressed, headers included, as Chromium's network log counts them) for a first visit
/// to a page with an empty cache, then for a second page in the same browser (warm cache).
/// usage: page-weight --base http://127.0.0.1:5400 --first /km/lessons/a --second /km/lessons/b
/// Budget (issue 8): first visit at most 200 KB including the Khmer font, second page at most 40 KB.
/// </summary>
public static class PageWeightCommand
{
    public static int Run(string[] args)
    {
        string Option(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var baseUrl = Option("--base", "http://127.0.0.1:5400").TrimEnd('/');
        var first = Option("--first", "/km/lessons/six-strategic-priorities");
        var second = Option("--second", "/km/lessons/cambodia-ai-strategy");
        var chromium = Option("--chromium", "/usr/bin/chromium");
        return MeasureAsync(baseUrl, first, second, chromium).GetAwaiter().GetResult();
    }

    private static async Task<int> MeasureAsync(string baseUrl, string first, string second, string chromium)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        // Service workers blocked: their fetches happen outside the page and would not be counted.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, ServiceWorkers = ServiceWorkerPolicy.Block });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        double bytes = 0;
        var requests = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) =>
        {
            if (e is { } payload && payload.TryGetProperty("encodedDataLength", out var length))
            {
                bytes += length.GetDouble();
                requests++;
            }
        };

        async Task<(double Kb, int Requests)> VisitAsync(string path)
        {
            bytes = 0;
            requests = 0;
            await page.GotoAsync(baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            await page.EvaluateAsync("document.fonts.ready");
            await page.Mouse.WheelAsync(0, 20000);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            return (bytes / 1024, requests);
        }

        var firstVisit = await VisitAsync(first);
        var secondVisit = await VisitAsync(second);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first visit  {first}: {firstVisit.Kb:F1} KB in {firstVisit.Requests} requests (budget 200 KB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"second page  {second}: {secondVisit.Kb:F1} KB in {secondVisit.Requests} requests (budget 40 KB)"));
        return firstVisit.Kb <= 200 && secondVisit.Kb <= 40 ? 0 : 1;
    }
}
