using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Tests.Content;

public class TextNormalizationTests
{
    [Theory]
    [InlineData("បញ្ញា\u200Bសិប្បនិម្មិត", "បញ្ញាសិប្បនិម្មិត")]
    [InlineData("  two\u00A0 spaces \n and\tlines ", "two spaces and lines")]
    [InlineData("\uFEFFtitle\u200D\u200C", "title")]
    [InlineData("Cafe\u0301", "Café")]
    [InlineData(null, "")]
    public void CleanTitle_removes_zero_width_characters_and_collapses_spaces(string? input, string expected)
    {
        Assert.Equal(expected, TextNormalization.CleanTitle(input));
    }

    [Fact]
    public void CleanTitle_puts_khmer_marks_in_canonical_order()
    {
        // ក + vowel sign OE (U+17BE) + nikahit (U+17C6) typed in the other order looks the same; both store alike.
        var typed = "\u1780\u17C6\u17BE";
        var canonical = "\u1780\u17BE\u17C6";

        Assert.NotEqual(canonical.Normalize(), typed.Normalize()); // NFC alone does not fix it
        Assert.Equal(TextNormalization.CleanTitle(canonical), TextNormalization.CleanTitle(typed));
    }

    [Fact]
    public void CleanSlug_removes_zero_width_characters()
    {
        Assert.Equal("what-is-ai", TextNormalization.CleanSlug(" what\u200B-is-ai\u200C "));
    }

    [Fact]
    public void Normalize_keeps_zero_width_spaces_in_bodies()
    {
        Assert.Equal("ក\u200Bខ", TextNormalization.Normalize("ក\u200Bខ"));
        Assert.True(TextNormalization.Normalize("e\u0301").IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("what-is-ai", true)]
    [InlineData("a1-b2", true)]
    [InlineData("What-is-AI", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("-leading", false)]
    [InlineData("បញ្ញា", false)]
    [InlineData("", false)]
    public void Slugs_are_ascii_words_joined_by_single_hyphens(string slug, bool valid)
    {
        Assert.Equal(valid, Slugs.IsValid(slug));
    }

    [Fact]
    public void Item_paths_follow_the_site_urls()
    {
        Assert.Equal("/km/lessons/what-is-ai", ItemPaths.For(ContentType.Lesson, "what-is-ai", "km"));
        Assert.Equal("/en/guidelines/g", ItemPaths.For(ContentType.Guideline, "g", "en"));
        Assert.True(ItemPaths.TryParseType("campaign", out var type));
        Assert.Equal(ContentType.Campaign, type);
        Assert.False(ItemPaths.TryParseType("Lesson", out _));
    }
}
