namespace AiGovKh.Themes.Default;

/// <summary>
/// Marker for the search page's UI strings: <c>Resources/SearchText.resx</c> (English) and
/// <c>Resources/SearchText.km.resx</c> (Khmer). Inject <c>IStringLocalizer&lt;SearchText&gt;</c>.
/// </summary>
public sealed class SearchText;
