using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class StaticAssetTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact]
    public async Task Stylesheet_is_fingerprinted_and_small()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync("/km");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/_content/AiGovKh\.Themes\.Default/css/site\.[a-z0-9]+\.css$", href);

        var response = await client.GetAsync(href, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // (Cache-Control: immutable is set by MapStaticAssets for a published app; a build output serves no-cache.)
        var css = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(css.Length < 30_000, $"CSS is {css.Length} bytes");
    }

    [Fact]
    public async Task Khmer_font_named_in_the_stylesheet_is_served_as_immutable_woff2()
    {
        var client = await hub.CreateSeededClientAsync();
        var css = await client.GetStringAsync("/_content/AiGovKh.Themes.Default/css/site.css", TestContext.Current.CancellationToken);
        var fonts = System.Text.RegularExpressions.Regex.Matches(css, @"url\(""\.\./fonts/([^""]+\.woff2)""\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, fonts.Count);
        foreach (var font in fonts)
        {
            var response = await client.GetAsync($"/_content/AiGovKh.Themes.Default/fonts/{font}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        }
        Assert.Contains("font-display: swap", css);
    }
}
