using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

/// <summary>The public site's URL scheme, in one place for controllers and views.</summary>
public static class SitePaths
{
    public static string Home(string locale) => $"/{locale}";

    public static string Audience(string locale, AudienceTier tier) => $"/{locale}/audiences/{tier.Key()}";

    public static string Search(string locale) => $"/{locale}/search";

    public static string Item(string locale, ContentType type, string slug) => ItemPaths.For(type, slug, locale);

    public static string Item(string locale, ItemSummary item) => Item(locale, item.Type, item.Slug);

    public static string Media(string sha256, string name) => $"/media/{sha256}/{Uri.EscapeDataString(name)}";

    /// <summary>The same path in another locale: the locale segment swapped (or added).</summary>
    public static string SwapLocale(string path, string locale)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return Home(locale);
        }
        var segmentEnd = path.IndexOf('/', 1);
        var first = segmentEnd < 0 ? path[1..] : path[1..segmentEnd];
        var rest = segmentEnd < 0 ? "" : path[segmentEnd..];
        return Locales.IsSupported(first) ? $"/{locale}{rest}" : $"/{locale}{path}";
    }
}
