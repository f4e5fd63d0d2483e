using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

/// <summary>One audience tier's page: its material grouped by type (courses first).</summary>
public sealed class AudiencePage : SitePage
{
    public required AudienceTier Tier { get; init; }
    public IReadOnlyList<ItemGroup> Groups { get; init; } = [];

    public override string PathIn(string locale) => SitePaths.Audience(locale, Tier);
}

public sealed record ItemGroup(ContentType Type, IReadOnlyList<ItemSummary> Items);
