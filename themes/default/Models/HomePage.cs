using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

public sealed class HomePage : SitePage
{
    public IReadOnlyList<AudienceTier> Tiers { get; init; } = AudienceTiers.All;
    public IReadOnlyList<ItemSummary> FeaturedCourses { get; init; } = [];
    public ItemSummary? Campaign { get; init; }

    public override string PathIn(string locale) => SitePaths.Home(locale);
}
