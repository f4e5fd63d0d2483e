using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class AudiencesController(PublishedContent content, IStringLocalizer<SiteText> text) : SiteController(text)
{
    private static readonly ContentType[] GroupOrder =
        [ContentType.Course, ContentType.Guideline, ContentType.Campaign, ContentType.Page];

    /// <summary><c>/{locale}/audiences/{tier}</c>: the material for one audience tier, grouped by type.</summary>
    [HttpGet("/{locale:locale}/audiences/{tier}")]
    public async Task<IActionResult> Audience(string tier, CancellationToken ct)
    {
        if (!AudienceTiers.TryParse(tier, out var audience) || tier != audience.Key())
        {
            return NotFoundPage();
        }
        var items = await content.ListAsync(Locale, audience: audience, ct: ct);
        var groups = GroupOrder
            .Select(type => new ItemGroup(type, items.Where(i => i.Type == type).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        return View("Audience", new AudiencePage
        {
            Locale = Locale,
            Title = Text["Tier_" + audience.Key()],
            Description = Text["TierText_" + audience.Key()],
            Tier = audience,
            Groups = groups,
        });
    }
}
