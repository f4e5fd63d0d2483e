using System.Resources;
using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]
[assembly: NeutralResourcesLanguage("en")]

namespace AiGovKh.Themes.Default;

/// <summary>
/// Marker for the public site's UI strings: <c>Resources/SiteText.resx</c> (English, the neutral
/// resources) and <c>Resources/SiteText.km.resx</c> (Khmer). Inject <c>IStringLocalizer&lt;SiteText&gt;</c>.
/// </summary>
public sealed class SiteText;
