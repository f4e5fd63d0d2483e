using AiGovKh.Themes.Default.Formatting;

namespace AiGovKh.Web.Tests.Site;

public sealed class BodyHtmlTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void Leading_title_is_dropped_because_the_page_header_shows_it()
    {
        Assert.Equal("<p>Body</p>", BodyHtml.WithoutLeadingTitle("<h1 id=\"t\">Title</h1>\n<p>Body</p>"));
        Assert.Equal("<p>Intro</p><h1>Later</h1>", BodyHtml.WithoutLeadingTitle("<p>Intro</p><h1>Later</h1>"));
        Assert.Equal("<h2>Part</h2>", BodyHtml.WithoutLeadingTitle("<h2>Part</h2>"));
    }

    [Fact]
    public void Small_images_and_foreign_sources_get_no_srcset()
    {
        var small = $"<img src=\"/media/{Sha}/a.png\" width=\"300\" height=\"200\">";
        Assert.Equal(small, BodyHtml.WithPhoneSizedImages(small));
        var unsized = $"<img src=\"/media/{Sha}/a.png\">";
        Assert.Equal(unsized, BodyHtml.WithPhoneSizedImages(unsized));
        var other = "<img src=\"/other/a.png\" width=\"2000\">";
        Assert.Equal(other, BodyHtml.WithPhoneSizedImages(other));
    }

    [Fact]
    public void Large_image_offers_every_smaller_variant_and_the_original()
    {
        var html = BodyHtml.WithPhoneSizedImages($"<p><img src=\"/media/{Sha}/big.jpg\" alt=\"x\" width=\"1600\" height=\"900\" /></p>");
        Assert.Contains($"srcset=\"/media/{Sha}/big.jpg?w=320 320w, /media/{Sha}/big.jpg?w=640 640w, /media/{Sha}/big.jpg?w=960 960w, /media/{Sha}/big.jpg?w=1280 1280w, /media/{Sha}/big.jpg 1600w\"", html);
        Assert.EndsWith(" /></p>", html);
    }
}
