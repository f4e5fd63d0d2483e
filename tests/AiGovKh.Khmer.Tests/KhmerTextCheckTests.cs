namespace AiGovKh.Khmer.Tests;

public class KhmerTextCheckTests
{
    [Fact]
    public void Clean_text_has_no_problems() => Assert.Empty(KhmerTextCheck.Check("ប្រទេសកម្ពុជា និង AI ២០២៥។"));

    [Theory]
    [InlineData("ខ្ញុំ\u200Bទៅ", 5, "zero-width-space")]
    [InlineData("ក\u200Cខ", 1, "zero-width-joiner")]
    [InlineData("ក\u17D2", 1, "lone-coeng")]
    [InlineData(" \u17B6", 1, "vowel-without-base")]
    [InlineData("\u17A3ក", 0, "deprecated-character")]
    [InlineData("ស\u17B8\u17D2\u179A", 0, "mark-order")]
    public void Problems_are_reported_with_rule_and_offset(string text, int offset, string rule)
    {
        var problem = Assert.Single(KhmerTextCheck.Check(text), p => p.Rule == rule);
        Assert.Equal(offset, problem.Offset);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Lone_surrogates_are_reported()
    {
        Assert.Equal([1], KhmerTextCheck.Check("ក\uD800").Where(p => p.Rule == "invalid-surrogate").Select(p => p.Offset));
        Assert.Equal([1], KhmerTextCheck.Check("ក\uDC00").Where(p => p.Rule == "invalid-surrogate").Select(p => p.Offset));
        Assert.Empty(KhmerTextCheck.Check("ក😀"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Empty_text_has_no_problems(string? text) => Assert.Empty(KhmerTextCheck.Check(text!));
}
