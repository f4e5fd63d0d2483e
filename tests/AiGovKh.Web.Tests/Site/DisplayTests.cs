using AiGovKh.Themes.Default.Formatting;

namespace AiGovKh.Web.Tests.Site;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("សន្លឹកសកម្មភាពក្នុងថ្នាក់រៀន៖ ធ្វើជាគំរូបញ្ញាសិប្បនិម្មិត", "en", "km")]
    [InlineData("Classroom activity sheet: Be the model", "km", "en")]
    [InlineData("សន្លឹកកិច្ចការ AI", "en", "km")]
    [InlineData("2026", "km", "km")]
    public void Label_language_follows_its_script_or_the_fallback(string label, string fallback, string expected) =>
        Assert.Equal(expected, Display.LanguageOf(label, fallback));

    [Fact]
    public void Khmer_numbers_use_Khmer_digits() => Assert.Equal("៨", Display.Number(8, "km"));
}
