using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AiGovKh.Browser.Tests;

/// <summary>
/// The seeded hub on a real Kestrel port plus one headless Chromium, shared by a test class.
/// When Chromium is not installed the tests skip (never pass silently).
/// </summary>
public sealed class BrowserHub : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly HubFactory _hub = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseAddress { get; private set; } = "";

    /// <summary>Screenshots land beside the test assembly, in <c>screenshots/</c>.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }
        _hub.UseKestrel(0);
        _hub.StartServer();
        await _hub.SeedOnceAsync();
        BaseAddress = _hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    /// <summary>A phone-sized page (the hub's main reader), or a skip when Chromium is missing.</summary>
    public async Task<IPage> NewPageAsync(int width = 390, int height = 844)
    {
        if (Browser is null)
        {
            Assert.Skip($"Chromium not installed at {ChromiumPath}");
        }
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = false,
        });
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _hub.DisposeAsync();
    }
}
