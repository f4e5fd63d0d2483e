using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using AiGovKh.Search;
using AiGovKh.Themes.Default;
using AiGovKh.Web.Infrastructure.Configuration;

namespace AiGovKh.Web.Tests.Search;

public sealed partial class SearchTextTests
{
    private static readonly ResourceManager Strings = new("AiGovKh.Themes.Default.Resources.SearchText", typeof(SearchText).Assembly);

    [Fact]
    public void Every_search_page_string_exists_in_khmer_and_english()
    {
        var views = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory)!, "themes", "default", "Views", "Search");
        var keys = Directory.EnumerateFiles(views, "*.cshtml")
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        keys.UnionWith(SearchFields.Facets.Select(f => "Facet_" + f));
        keys.UnionWith(["Title", "TitleFor"]);
        Assert.True(keys.Count > 15, $"found only {keys.Count} keys");
        var english = Strings.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var khmer = Strings.GetResourceSet(CultureInfo.GetCultureInfo("km"), createIfNotExists: true, tryParents: false)!;
        foreach (var key in keys)
        {
            Assert.False(string.IsNullOrEmpty(english.GetString(key)), $"'{key}' missing in English");
            Assert.False(string.IsNullOrEmpty(khmer.GetString(key)), $"'{key}' missing in Khmer");
            Assert.NotEqual(english.GetString(key), khmer.GetString(key));
        }
    }

    [GeneratedRegex("""S\["([A-Za-z_]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
