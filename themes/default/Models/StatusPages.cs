namespace AiGovKh.Themes.Default.Models;

/// <summary>The 404 page. Outside /km and /en it speaks both languages.</summary>
public sealed class NotFoundPage : SitePage
{
    /// <summary>True when the URL gave no locale: the page is shown in Khmer and English.</summary>
    public bool Bilingual { get; init; }

    public override string PathIn(string locale) => SitePaths.Home(locale);

    public override IReadOnlyList<string> AvailableLocales => [];
}

public sealed class ErrorPage : SitePage
{
    public string? RequestId { get; init; }

    public override string PathIn(string locale) => SitePaths.Home(locale);

    public override IReadOnlyList<string> AvailableLocales => [];
}
