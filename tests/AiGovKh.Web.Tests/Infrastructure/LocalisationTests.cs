using System.Collections;
using System.Globalization;
using System.Resources;
using AiGovKh.Themes.Default;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class LocalisationTests
{
    private static readonly ResourceManager Strings = new("AiGovKh.Themes.Default.Resources.SiteText", typeof(SiteText).Assembly);

    [Fact]
    public void Every_UI_string_exists_in_Khmer_and_English()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var khmer = Entries(CultureInfo.GetCultureInfo("km"));

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), khmer.Keys.Order());
        Assert.All(english, e => Assert.False(string.IsNullOrWhiteSpace(e.Value), e.Key));
        // Every Khmer string is written in Khmer script, not left in English.
        Assert.All(khmer, e => Assert.True(e.Value.Any(c => c is >= '\u1780' and <= '\u17FF'), $"{e.Key}: '{e.Value}' has no Khmer"));
    }

    [Fact]
    public void Format_placeholders_match_between_languages()
    {
        var english = Entries(CultureInfo.InvariantCulture);
        var khmer = Entries(CultureInfo.GetCultureInfo("km"));
        foreach (var (key, value) in english)
        {
            Assert.True(Placeholders(value).SetEquals(Placeholders(khmer[key])), key);
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).ToHashSet();

    private static Dictionary<string, string> Entries(CultureInfo culture)
    {
        var set = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new Xunit.Sdk.XunitException($"No resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
