using AiGovKh.Web.Api;

namespace AiGovKh.Web.Tests.Api;

public class LocaleNegotiationTests
{
    [Theory]
    [InlineData("en", "km", "en")]
    [InlineData(null, "en-GB,en;q=0.9", "en")]
    [InlineData(null, "fr-FR, en;q=0.5, km;q=0.8", "km")]
    [InlineData(null, "km-KH", "km")]
    [InlineData(null, null, "km")]
    [InlineData(null, "", "km")]
    [InlineData(null, ";;;q=zz, ,", "km")]
    [InlineData(null, "en;q=0", "km")]
    [InlineData("fr", "en", "en")]
    public void Parameter_wins_then_accept_language_then_khmer(string? parameter, string? header, string expected)
    {
        Assert.Equal(expected, LocaleNegotiation.Choose(parameter, header));
    }
}
