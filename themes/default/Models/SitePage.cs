namespace AiGovKh.Themes.Default.Models;

/// <summary>What the layout needs from every public page: its language, title and the same page in other languages.</summary>
public abstract class SitePage
{
    /// <summary>The reader's locale, from the URL ("km" or "en"); sets <c>&lt;html lang&gt;</c> and the UI strings.</summary>
    public required string Locale { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public string OtherLocale => Locale == "km" ? "en" : "km";

    /// <summary>This page's path in a locale.</summary>
    public abstract string PathIn(string locale);

    /// <summary>The locales this page has its own text in (for <c>hreflang</c>); both unless an item lacks one.</summary>
    public virtual IReadOnlyList<string> AvailableLocales => ["km", "en"];

    /// <summary>This page in each language it exists in, own locale included.</summary>
    public IEnumerable<PageAlternate> Alternates => AvailableLocales.Select(l => new PageAlternate(l, PathIn(l)));

    /// <summary>The language switcher's target: the same page in the other locale.</summary>
    public virtual string? OtherLocalePath => PathIn(OtherLocale);
}

public sealed record PageAlternate(string Locale, string Path);
