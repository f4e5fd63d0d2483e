using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OtpNet;

namespace AiGovKh.Browser.Tests.Editor;

/// <summary>
/// Headless Chromium: an administrator adds a webhook subscription, sees its secret once, opens it and sends a test
/// event (to a receiver that cannot exist, so the failure view is checked too). axe-core checks every state in Khmer
/// and the list in English; screenshots go to the test output folder.
/// </summary>
public sealed class WebhookPagesTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private readonly List<string> _axeProblems = [];

    [Fact]
    public async Task Webhook_pages_pass_axe_in_khmer_and_english()
    {
        if (!File.Exists(Chromium)) Assert.Skip("Chromium is not installed at /usr/bin/chromium.");
        Directory.CreateDirectory(Shots);
        await using var hub = new BrowserHub();
        hub.StartServer();
        var mptc = await hub.OrganisationAsync("mptc", "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", "Ministry of Post and Telecommunications");
        var key = await hub.UserAsync("admin@mptc.gov.kh", "សុភា", "administrator", mptc);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await (await browser.NewContextAsync(new() { Locale = "km-KH" })).NewPageAsync();
        await page.GotoAsync(hub.BaseUrl + "/editor/account/sign-in");
        await page.FillAsync("#Email", "admin@mptc.gov.kh");
        await page.FillAsync("#Password", BrowserHub.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/two-factor-sign-in**");
        await page.FillAsync("#Code", new Totp(Base32Encoding.ToBytes(key!)).ComputeTotp());
        await page.ClickAsync("main form >> nth=0 >> button");
        await page.WaitForURLAsync(hub.BaseUrl + "/editor");

        await page.ClickAsync("nav a[href='/editor/webhooks']");
        await CheckAsync(page, "webhooks-km");
        await page.FillAsync("#name", "ប្រព័ន្ធសាលារៀន");
        await page.FillAsync("#url", "https://receiver.invalid/hooks/aigovkh");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("#new-secret");
        await CheckAsync(page, "webhook-created-km");

        await page.ClickAsync(".notice a[href^='/editor/webhooks/']");
        await page.WaitForSelectorAsync("h1");
        await CheckAsync(page, "webhook-detail-km");
        await page.ClickAsync("form[action*='handler=Ping'] button");
        await page.WaitForSelectorAsync("#ping-result");
        await CheckAsync(page, "webhook-ping-km");

        await page.GotoAsync(hub.BaseUrl + "/editor/language?to=en&returnUrl=%2Feditor%2Fwebhooks");
        await page.WaitForSelectorAsync("html[lang=en]");
        await CheckAsync(page, "webhooks-en");

        Assert.True(_axeProblems.Count == 0, "axe-core found:\n" + string.Join("\n", _axeProblems));
    }

    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, name + ".png"), FullPage = true });
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        foreach (var v in results.Violations)
            _axeProblems.Add($"{name}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target)))}");
    }
}
