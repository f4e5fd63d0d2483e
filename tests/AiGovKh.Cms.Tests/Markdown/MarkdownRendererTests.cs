using AiGovKh.Cms.Markdown;

namespace AiGovKh.Cms.Tests.Markdown;

public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static RenderedMarkdown Render(string markdown, string locale = "en") =>
        Renderer.Render(markdown, new MarkdownContext(
            locale,
            (slug, l) => slug == "what-is-ai" ? $"/{l}/lessons/{slug}" : null,
            (name, _) => name == "diagram.png" ? new ResolvedImage("/media/abc/diagram.png", "A diagram", 640, 480) : null));

    [Theory]
    [InlineData("<script>alert(1)</script>\n\nText")]
    [InlineData("Text <script src=\"https://evil.example/x.js\"></script>")]
    [InlineData("<img src=\"/media/a/b.png\" onerror=\"alert(1)\">")]
    [InlineData("<p onclick=\"alert(1)\">Click</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<form action=\"https://evil.example\"><input name=x></form>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    public void Dangerous_markup_never_reaches_the_page(string markdown)
    {
        var html = Render(markdown).Html.ToLowerInvariant();

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("onclick", html);
        Assert.DoesNotContain("onload", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<form", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("background", html);
    }

    [Fact]
    public void Harmless_raw_html_is_kept_after_sanitising()
    {
        var html = Render("<details><summary>More</summary>Hidden <kbd>Ctrl</kbd></details>").Html;

        Assert.Contains("<details>", html);
        Assert.Contains("<kbd>Ctrl</kbd>", html);
    }

    [Fact]
    public void Unsafe_link_is_reported_and_its_text_kept()
    {
        var result = Render("Click [here](javascript:alert(1)) now.");

        Assert.Contains("Click here now.", result.PlainText);
        Assert.Contains(result.Problems, p => p.Rule == MarkdownRules.UnsafeLink && p.Line == 1);
    }

    [Fact]
    public void External_links_get_rel_noopener_and_internal_links_do_not()
    {
        var html = Render("[gov](https://mptc.gov.kh) and [home](/km)").Html;

        Assert.Contains("<a href=\"https://mptc.gov.kh\" rel=\"noopener\">gov</a>", html);
        Assert.Contains("<a href=\"/km\">home</a>", html);
    }

    [Fact]
    public void Item_link_resolves_to_the_items_page_in_the_same_locale_with_anchor()
    {
        var km = Render("[មេរៀន](item:what-is-ai#examples)", "km");
        var en = Render("[lesson](item:what-is-ai)", "en");

        Assert.Contains("href=\"/km/lessons/what-is-ai#examples\"", km.Html);
        Assert.Contains("href=\"/en/lessons/what-is-ai\"", en.Html);
        Assert.Equal(["what-is-ai"], en.ItemLinks);
        Assert.Empty(en.Problems);
    }

    [Fact]
    public void Unknown_item_link_is_reported_with_its_line_and_rendered_as_text()
    {
        var result = Render("First line\n\nSee [the glossary](item:glossary) here.");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(MarkdownRules.UnresolvedItemLink, problem.Rule);
        Assert.Equal(3, problem.Line);
        Assert.Equal("glossary", problem.Target);
        Assert.DoesNotContain("<a", result.Html);
        Assert.Contains("See the glossary here.", result.PlainText);
    }

    [Fact]
    public void Image_resolves_to_media_url_lazy_loaded_with_size_and_alt_from_front_matter()
    {
        var html = Render("![](diagram.png)").Html;

        Assert.Contains("src=\"/media/abc/diagram.png\"", html);
        Assert.Contains("alt=\"A diagram\"", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Contains("width=\"640\"", html);
        Assert.Contains("height=\"480\"", html);
    }

    [Fact]
    public void Missing_and_external_images_are_reported()
    {
        var result = Render("![a](missing.png)\n\n![b](https://tracker.example/pixel.gif)\n\n![c](../secret.png)");

        Assert.Equal(
            [(1, MarkdownRules.MissingImage), (3, MarkdownRules.ExternalImage), (5, MarkdownRules.ExternalImage)],
            result.Problems.Select(p => (p.Line, p.Rule)));
        Assert.DoesNotContain("<img", result.Html);
    }

    [Fact]
    public void Raw_html_image_from_another_site_is_removed()
    {
        var html = Render("<img src=\"https://tracker.example/p.gif\" alt=\"x\">").Html;

        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Headings_get_ids_that_keep_khmer_readable_and_unique()
    {
        var html = Render("# បញ្ញាសិប្បនិម្មិត\n\n## What is AI?\n\n## What is AI?\n\n## Own {#custom-id}").Html;

        Assert.Contains("<h1 id=\"បញ្ញាសិប្បនិម្មិត\">", html);
        Assert.Contains("<h2 id=\"what-is-ai\">", html);
        Assert.Contains("<h2 id=\"what-is-ai-1\">", html);
        Assert.Contains("<h2 id=\"custom-id\">", html);
    }

    [Fact]
    public void Tables_footnotes_and_task_lists_render()
    {
        var html = Render("""
            | Term | Meaning |
            |:-----|--------:|
            | AI   | Machines |

            A claim.[^1]

            - [x] Done
            - [ ] Not yet

            [^1]: The source.
            """).Html;

        Assert.Contains("<table>", html);
        Assert.Contains("text-align: right", html);
        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("href=\"#fn:1\"", html);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("disabled", html);
    }

    [Fact]
    public void Unknown_classes_are_dropped_and_code_language_kept()
    {
        var html = Render("<p class=\"evil-overlay\">x</p>\n\n```python\nprint(1)\n```").Html;

        Assert.DoesNotContain("evil-overlay", html);
        Assert.Contains("class=\"language-python\"", html);
    }

    [Fact]
    public void Plain_text_has_the_words_without_markup()
    {
        var plain = Render("# Title\n\nSome **bold** text with <b>html</b>.\n\n<script>hidden()</script>").PlainText;

        Assert.Equal("Title\nSome bold text with html.", plain);
    }

    [Fact]
    public void Reading_time_counts_khmer_by_characters_and_english_by_words()
    {
        Assert.Equal(1, ReadingTime.Minutes("short text"));
        Assert.Equal(0, ReadingTime.Minutes(""));
        Assert.Equal(3, ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat("word", 600))));
        Assert.Equal(2, ReadingTime.Minutes(new string('ក', 1800)));
        Assert.Equal(2, ReadingTime.Minutes(new string('ក', 900) + " " + string.Join(' ', Enumerable.Repeat("word", 200))));
    }

    [Fact]
    public void One_renderer_serves_many_threads()
    {
        var markdown = "# Title\n\n[link](item:what-is-ai) <script>x</script> ![](diagram.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |";
        var expected = Render(markdown).Html;
        var results = new string[64];

        Parallel.For(0, results.Length, i => results[i] = Render(markdown).Html);

        Assert.All(results, html => Assert.Equal(expected, html));
    }

    [Fact]
    public void Text_is_normalised_to_nfc()
    {
        var decomposed = "Cafe\u0301";
        Assert.Contains("Café", Render(decomposed).PlainText);
    }
}
