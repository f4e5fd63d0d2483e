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

    [Fact]
    public void Checklist_boxes_are_labelled_by_their_item_text()
    {
        var html = BodyHtml.WithLabelledChecklists(
            "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> <strong>The problem.</strong> What do we improve?</li>\n" +
            "<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> Parent<ul><li>child</li></ul></li>\n</ul>");
        Assert.Contains("<li class=\"task-list-item\"><label><input disabled=\"disabled\" type=\"checkbox\"> <strong>The problem.</strong> What do we improve?</label></li>", html);
        Assert.Contains("<label><input disabled=\"disabled\" type=\"checkbox\"> Parent</label><ul><li>child</li></ul>", html);
        Assert.Equal(html, BodyHtml.WithLabelledChecklists(html));
    }

    [Fact]
    public void Khmer_words_in_an_English_body_are_marked_lang_km_but_attributes_are_left_alone()
    {
        var html = BodyHtml.WithKhmerMarked("<dd>Khmer: បញ្ញាសិប្បនិម្មិត (AI), also គំរូ ភាសា.</dd><img alt=\"ខ្មែរ\" src=\"/a.png\">");
        Assert.Equal("<dd>Khmer: <span lang=\"km\">បញ្ញាសិប្បនិម្មិត</span> (AI), also <span lang=\"km\">គំរូ ភាសា</span>.</dd><img alt=\"ខ្មែរ\" src=\"/a.png\">", html);
        Assert.Equal("<p>No Khmer here.</p>", BodyHtml.WithKhmerMarked("<p>No Khmer here.</p>"));
    }

    [Fact]
    public void Khmer_body_is_not_wrapped_in_extra_spans()
    {
        Assert.Equal("<p>បញ្ញាសិប្បនិម្មិត</p>", BodyHtml.ForPage("<p>បញ្ញាសិប្បនិម្មិត</p>", "km"));
        Assert.Equal("<p><span lang=\"km\">បញ្ញាសិប្បនិម្មិត</span></p>", BodyHtml.ForPage("<p>បញ្ញាសិប្បនិម្មិត</p>", "en"));
    }
}
