using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OtpNet;

namespace AiGovKh.Browser.Tests.Editor;

/// <summary>
/// Headless Chromium: a contributor signs in and writes a lesson in both languages, submits it;
/// the ministry's reviewer approves; the MPTC publisher (with an authenticator code) publishes;
/// the lesson is on the public site and in search. axe-core checks each editor page; screenshots of the Khmer
/// editor are written to the test output folder for a person to look at.
/// </summary>
public sealed class ContributorToPublicationTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    private readonly List<string> _axeProblems = [];

    [Fact]
    public async Task Lesson_goes_from_contributor_to_public_site()
    {
        if (!File.Exists(Chromium)) Assert.Skip("Chromium is not installed at /usr/bin/chromium.");
        Directory.CreateDirectory(Shots);
        await using var hub = new BrowserHub();
        hub.StartServer();
        await hub.OrganisationAsync("mptc", "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", "Ministry of Post and Telecommunications");
        var moeys = await hub.OrganisationAsync("moeys", "ក្រសួងអប់រំ យុវជន និងកីឡា", "Ministry of Education, Youth and Sport");
        var mptc = await hub.OrganisationAsync("mptc", "", "");
        await hub.UserAsync("sokha@moeys.gov.kh", "សុខា", "contributor", moeys);
        await hub.UserAsync("dara@moeys.gov.kh", "ដារ៉ា", "reviewer", moeys);
        var publisherKey = await hub.UserAsync("vanna@mptc.gov.kh", "វណ្ណា", "publisher", mptc);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // Contributor writes and submits.
        var contributor = await SignInAsync(browser, hub, "sokha@moeys.gov.kh", null);
        await CheckAsync(contributor, "dashboard-km");
        await contributor.GotoAsync(hub.BaseUrl + "/editor/items/new");
        await CheckAsync(contributor, "new-item-km");
        await contributor.FillAsync("#slug", "ai-and-farming");
        await contributor.SelectOptionAsync("#type", "Lesson");
        await contributor.FillAsync("#title-km", "បញ្ញាសិប្បនិម្មិត និងកសិកម្ម");
        await contributor.FillAsync("#title-en", "AI and farming");
        await contributor.ClickAsync("form button[type=submit] >> nth=-1");
        // Wait for the created item's page: "**/editor/items/*" also matches the form's own URL (…/items/new),
        // so it could resolve before the navigation and then wait on a page being replaced.
        await contributor.WaitForURLAsync(url => url.Contains("/editor/items/", StringComparison.Ordinal) && !url.EndsWith("/items/new", StringComparison.Ordinal));
        await contributor.FillAsync("#km-summary", "របៀបដែល AI ជួយកសិករ។");
        await contributor.FillAsync("#km-body", "## សេចក្តីផ្តើម\n\nកសិករអាចប្រើកម្មវិធីទូរស័ព្ទ ដើម្បីស្គាល់ជំងឺដំណាំ។");
        await contributor.FillAsync("#km-objectives", "ពន្យល់ពីរបៀបដែល AI ជួយកសិកម្ម");
        await contributor.FillAsync("#en-summary", "How AI helps farmers.");
        await contributor.FillAsync("#en-body", "## Introduction\n\nFarmers can use phone apps to recognise crop diseases.");
        await contributor.FillAsync("#en-objectives", "Explain how AI helps farming");
        await contributor.CheckAsync("input[name='Form.Audiences'][value='Public']");
        await contributor.ClickAsync("button:text-is('រក្សាទុកសេចក្តីព្រាង')");
        await contributor.WaitForSelectorAsync(".notice");
        await CheckAsync(contributor, "edit-km");
        var itemUrl = contributor.Url;
        await contributor.FillAsync("#change-note", "សេចក្តីព្រាងដំបូង / first draft");
        await contributor.ClickAsync("button:text-is('ដាក់ស្នើឱ្យពិនិត្យ')");
        await contributor.WaitForSelectorAsync(".notice");
        await contributor.GotoAsync(hub.BaseUrl + "/editor/items");
        await CheckAsync(contributor, "items-km");
        await contributor.GotoAsync(itemUrl + "/revisions");
        await CheckAsync(contributor, "revisions-km");
        await contributor.GotoAsync(hub.BaseUrl + "/editor/media");
        await CheckAsync(contributor, "media-km");

        // Reviewer of the same ministry approves.
        var reviewer = await SignInAsync(browser, hub, "dara@moeys.gov.kh", null);
        await reviewer.GotoAsync(itemUrl);
        await CheckAsync(reviewer, "review-km");
        await reviewer.ClickAsync("button:text-is('អនុម័ត')");
        await reviewer.WaitForSelectorAsync(".notice");

        // Publisher (second factor) publishes.
        var publisher = await SignInAsync(browser, hub, "vanna@mptc.gov.kh", publisherKey);
        await publisher.GotoAsync(itemUrl);
        await publisher.ClickAsync("button:text-is('ផ្សព្វផ្សាយ')");
        await publisher.WaitForSelectorAsync(".notice");
        await CheckAsync(publisher, "published-km");
        await publisher.GotoAsync(hub.BaseUrl + "/editor/audit");
        await CheckAsync(publisher, "audit-km");

        // The public site shows it in both languages.
        var reader = await (await browser.NewContextAsync()).NewPageAsync();
        var en = await reader.GotoAsync(hub.BaseUrl + "/en/lessons/ai-and-farming");
        Assert.Equal(200, en!.Status);
        Assert.Contains("AI and farming", await reader.ContentAsync());
        var km = await reader.GotoAsync(hub.BaseUrl + "/km/lessons/ai-and-farming");
        Assert.Equal(200, km!.Status);
        Assert.Contains("បញ្ញាសិប្បនិម្មិត និងកសិកម្ម", await reader.ContentAsync());
        await reader.ScreenshotAsync(new() { Path = Path.Combine(Shots, "public-km.png"), FullPage = true });

        // And in search: the indexer follows the change feed, so allow it a few seconds.
        var found = false;
        for (var i = 0; i < 30 && !found; i++)
        {
            await reader.GotoAsync(hub.BaseUrl + "/en/search?q=farming");
            found = (await reader.ContentAsync()).Contains("/en/lessons/ai-and-farming", StringComparison.Ordinal);
            if (!found) await Task.Delay(1000, TestContext.Current.CancellationToken);
        }
        Assert.True(found, "the published lesson did not appear in search");

        Assert.True(_axeProblems.Count == 0, "axe-core found:\n" + string.Join("\n", _axeProblems));
    }

    private static async Task<IPage> SignInAsync(IBrowser browser, BrowserHub hub, string email, string? authenticatorKey)
    {
        var page = await (await browser.NewContextAsync(new() { Locale = "km-KH" })).NewPageAsync();
        await page.GotoAsync(hub.BaseUrl + "/editor/account/sign-in");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", BrowserHub.Password);
        await page.ClickAsync("main button[type=submit]");
        if (authenticatorKey is not null)
        {
            await page.WaitForURLAsync("**/two-factor-sign-in**");
            await page.FillAsync("#Code", new Totp(Base32Encoding.ToBytes(authenticatorKey)).ComputeTotp());
            await page.ClickAsync("main form >> nth=0 >> button");
        }
        await page.WaitForURLAsync(hub.BaseUrl + "/editor");
        return page;
    }

    /// <summary>Runs axe-core (WCAG 2.x A/AA rules) and takes a full-page screenshot.</summary>
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
