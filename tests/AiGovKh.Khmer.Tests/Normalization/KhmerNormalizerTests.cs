using AiGovKh.Khmer.Normalization;

namespace AiGovKh.Khmer.Tests.Normalization;

public class KhmerNormalizerTests
{
    [Theory]
    [InlineData("ខ្ញុំ\u200Bស្រលាញ់", "ខ្ញុំស្រលាញ់")]      // zero-width space
    [InlineData("កម្ពុ\u200Cជា", "កម្ពុជា")]            // ZWNJ
    [InlineData("\uFEFFកម្ពុជា\u200D", "កម្ពុជា")]      // BOM, ZWJ
    [InlineData("សេច\u00ADក្តី", "សេចក្តី")]            // soft hyphen
    public void Normalize_removes_invisible_characters(string typed, string expected)
        => Assert.Equal(expected, KhmerNormalizer.Normalize(typed));

    [Fact]
    public void Normalize_puts_register_shifter_before_vowel()
        => Assert.Equal("\u1794\u17CA\u17B8", KhmerNormalizer.Normalize("\u1794\u17B8\u17CA")); // ប៊ី typed ប ី ៊

    [Fact]
    public void Normalize_puts_subscript_before_vowel()
        => Assert.Equal("ស្រី", KhmerNormalizer.Normalize("\u179F\u17B8\u17D2\u179A")); // ស ី ្រ

    [Fact]
    public void Normalize_puts_subscript_ro_after_other_subscripts()
        => Assert.Equal("ស្ត្រី", KhmerNormalizer.Normalize("\u179F\u17D2\u179A\u17D2\u178F\u17B8")); // ស ្រ ្ត ី

    [Fact]
    public void Normalize_puts_sign_after_vowel()
        => Assert.Equal("កុំ", KhmerNormalizer.Normalize("\u1780\u17C6\u17BB")); // ក ំ ុ

    [Theory]
    [InlineData("\u1780\u17C1\u17B6", "\u1780\u17C4")] // េ + ា → ោ
    [InlineData("\u1780\u17C1\u17B8", "\u1780\u17BE")] // េ + ី → ើ
    public void Normalize_composes_vowels_typed_in_two_parts(string typed, string expected)
        => Assert.Equal(expected, KhmerNormalizer.Normalize(typed));

    [Fact]
    public void Normalize_keeps_a_vowel_typed_twice_once()
        => Assert.Equal("កា", KhmerNormalizer.Normalize("\u1780\u17B6\u17B6"));

    [Theory]
    [InlineData("\u17A3ក", "\u17A2ក")]       // ឣ → អ
    [InlineData("\u17A4", "\u17A2\u17B6")]   // ឤ → អា
    [InlineData("ក\u17B4", "ក")]             // inherent vowel removed
    public void Normalize_replaces_deprecated_characters(string typed, string expected)
        => Assert.Equal(expected, KhmerNormalizer.Normalize(typed));

    [Fact]
    public void Normalize_applies_nfc()
        => Assert.Equal("caf\u00E9", KhmerNormalizer.Normalize("cafe\u0301"));

    [Theory]
    [InlineData("\u17D2")]                 // lone coeng
    [InlineData("\u17B6\u17B7\u17C6")]     // vowels with no base
    [InlineData("ក\u17D2")]                // trailing coeng
    [InlineData("\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2\u17D2")]
    public void Normalize_never_throws_on_broken_input(string broken)
    {
        string result = KhmerNormalizer.Normalize(broken);
        Assert.Equal(result, KhmerNormalizer.Normalize(result));
    }

    [Fact]
    public void Normalize_replaces_invalid_surrogates()
        => Assert.Equal("\uFFFDក\uFFFD", KhmerNormalizer.Normalize("\uD800ក\uDC00"));

    [Fact]
    public void Normalize_keeps_valid_surrogate_pairs()
        => Assert.Equal("ក😀", KhmerNormalizer.Normalize("ក😀"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Normalize_of_empty_is_empty(string? text) => Assert.Equal("", KhmerNormalizer.Normalize(text!));

    [Fact]
    public void Normalize_handles_very_long_input()
    {
        string sentence = "ប្រទេសកម្ពុជា\u200Bមាន\u1794\u17B8\u17CAបញ្ញាសិប្បនិម្មិត ";
        string text = string.Concat(Enumerable.Repeat(sentence, 20_000));
        string result = KhmerNormalizer.Normalize(text);
        Assert.Equal(20_000 * (sentence.Length - 1), result.Length);
        Assert.DoesNotContain('\u200B', result);
    }

    [Theory]
    [InlineData("ស្ត្រី")]
    [InlineData("\u179F\u17B8\u17D2\u179A ប\u17B8\u17CA")]
    [InlineData("Hello, ពិភពលោក! ១២៣")]
    public void Normalize_is_idempotent(string text)
    {
        string once = KhmerNormalizer.Normalize(text);
        Assert.Equal(once, KhmerNormalizer.Normalize(once));
    }

    [Fact]
    public void Visually_identical_spellings_compare_equal_after_normalisation()
    {
        string[] spellings = ["\u179F\u17D2\u178F\u17D2\u179A\u17B8", "\u179F\u17D2\u179A\u17D2\u178F\u17B8", "\u179F\u17B8\u17D2\u178F\u17D2\u179A", "\u179F\u17D2\u178F\u200B\u17D2\u179A\u17B8"];
        Assert.Single(spellings.Select(KhmerNormalizer.Normalize).Distinct());
    }

    [Fact]
    public void NormalizeForSearch_maps_khmer_digits_to_ascii()
        => Assert.Equal("ឆ្នាំ2025", KhmerNormalizer.NormalizeForSearch("ឆ្នាំ២០២៥"));

    [Theory]
    [InlineData("អោយ")]
    [InlineData("ឱ្យ")]
    [InlineData("ឲ្យ")]
    public void NormalizeForSearch_maps_spellings_of_oy_to_one_form(string spelling)
        => Assert.Equal("ឲ្យ", KhmerNormalizer.NormalizeForSearch(spelling));

    [Fact]
    public void NormalizeForSearch_maps_old_nikahit_ro_spelling()
        => Assert.Equal(KhmerNormalizer.NormalizeForSearch("សម្រាប់"), KhmerNormalizer.NormalizeForSearch("សំរាប់"));

    [Fact]
    public void NormalizeForSearch_treats_subscript_da_and_ta_alike()
        => Assert.Equal(KhmerNormalizer.NormalizeForSearch("ឯកឧត្តម"), KhmerNormalizer.NormalizeForSearch("ឯកឧត្ដម"));

    [Fact]
    public void NormalizeForSearch_keeps_display_normalisation()
        => Assert.Equal("ស្រី", KhmerNormalizer.NormalizeForSearch("\u179F\u17B8\u17D2\u179A\u200B"));
}
