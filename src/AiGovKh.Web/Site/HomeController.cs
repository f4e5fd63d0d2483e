using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class HomeController(PublishedContent content, IStringLocalizer<SiteText> text) : SiteController(text)
{
    public const int FeaturedCourseCount = 6;

    /// <summary><c>/</c> goes to the Khmer home page.</summary>
    [HttpGet("/")]
    public IActionResult Root() => Redirect(SitePaths.Home(Locales.Khmer));

    [HttpGet("/{locale:locale}")]
    public async Task<IActionResult> Home(CancellationToken ct)
    {
        var courses = await content.ListAsync(Locale, ContentType.Course, take: FeaturedCourseCount, ct: ct);
        var campaigns = await content.ListAsync(Locale, ContentType.Campaign, take: 1, ct: ct);
        return View("Home", new HomePage
        {
            Locale = Locale,
            Title = Text["Home"],
            Description = Text["SiteTagline"],
            FeaturedCourses = courses,
            Campaign = campaigns.FirstOrDefault(),
        });
    }
}
