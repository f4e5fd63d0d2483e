using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Browser.Tests;

/// <summary>The site is meant for slow phones: everything a reader does works with JavaScript off.</summary>
public sealed class NoScriptTests(BrowserHub hub) : IClassFixture<BrowserHub>
{
    [Fact]
    public async Task Self_check_answer_opens_and_language_switch_works_without_JavaScript()
    {
        var page = await hub.NewPageAsync(javaScript: false);
        await page.GotoAsync(hub.BaseAddress + "/km/lessons/" + TestContent.Lesson1);

        var answer = page.Locator(".self-check details p");
        Assert.False(await answer.IsVisibleAsync());
        await page.Locator(".self-check summary").ClickAsync();
        Assert.True(await answer.IsVisibleAsync());

        await page.Locator("nav.language a").ClickAsync();
        await page.WaitForURLAsync("**/en/lessons/" + TestContent.Lesson1);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Search_box_submits_to_the_locale_search_page_without_JavaScript()
    {
        var page = await hub.NewPageAsync(javaScript: false);
        await page.GotoAsync(hub.BaseAddress + "/km");
        await page.FillAsync("#site-search", "បញ្ញាសិប្បនិម្មិត");
        await page.Locator("form[role=search] button").ClickAsync();
        await page.WaitForURLAsync("**/km/search?q=*");
        Assert.Equal("បញ្ញាសិប្បនិម្មិត", new Uri(page.Url).Query.Length > 3 ? Uri.UnescapeDataString(new Uri(page.Url).Query[3..]) : "");
    }
}
