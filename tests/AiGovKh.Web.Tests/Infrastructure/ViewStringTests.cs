using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using AiGovKh.Web.Infrastructure.Configuration;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed partial class ViewStringTests
{
    private static readonly ResourceManager Strings = new("AiGovKh.Themes.Default.Resources.SiteText", typeof(SiteText).Assembly);

    [Fact]
    public void Every_string_a_view_asks_for_exists_in_both_languages()
    {
        var views = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory)!, "themes", "default", "Views");
        var keys = Directory.EnumerateFiles(views, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        // Keys the views build from the domain.
        keys.UnionWith(AudienceTiers.All.SelectMany(t => new[] { "Tier_" + t.Key(), "TierText_" + t.Key() }));
        keys.UnionWith(Enum.GetValues<ContentType>().SelectMany(t => new[] { $"Type_{t}", $"Types_{t}" }));
        keys.UnionWith(Locales.All.Select(l => "LanguageName_" + l));

        Assert.True(keys.Count > 40, $"found only {keys.Count} keys");
        foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("km") })
        {
            var set = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
            Assert.All(keys, key => Assert.False(string.IsNullOrEmpty(set.GetString(key)), $"'{key}' missing in '{culture.Name}'"));
        }
    }

    [GeneratedRegex("""T\["([A-Za-z_]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
