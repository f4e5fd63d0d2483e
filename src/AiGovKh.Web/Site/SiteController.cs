using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

/// <summary>What every public page controller shares: the reader's locale and the bilingual 404.</summary>
public abstract class SiteController(IStringLocalizer<SiteText> text) : Controller
{
    /// <summary>The public site's UI strings in the reader's language.</summary>
    protected IStringLocalizer<SiteText> Text { get; } = text;

    /// <summary>The reader's locale from the URL (routes constrain it to km or en).</summary>
    protected string Locale => RouteData.Values["locale"] as string ?? Locales.Khmer;

    /// <summary>The themed 404 page in the reader's locale, with status 404.</summary>
    protected ViewResult NotFoundPage() => StatusController.NotFoundView(this, Text, RouteData.Values["locale"] as string);
}
