using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

/// <summary>A page showing one published item; the base of course, lesson and article pages.</summary>
public abstract class ItemPage : SitePage
{
    public required PublishedItem Item { get; init; }

    /// <summary>The organisation's name in the reader's language.</summary>
    public string OrganisationName => Item.Item.Organisation?.Name(Locale) ?? "";

    public override string PathIn(string locale) => SitePaths.Item(locale, Item.Item.Type, Item.Item.Slug);

    public override IReadOnlyList<string> AvailableLocales => Item.Locales;
}

public sealed class CoursePage : ItemPage
{
    public IReadOnlyList<ItemSummary> Lessons { get; init; } = [];
}

public sealed class LessonPage : ItemPage
{
    public ItemSummary? Course { get; init; }
    public IReadOnlyList<ItemSummary> CourseLessons { get; init; } = [];
    public LessonNeighbours Neighbours { get; init; } = new(null, null);

    /// <summary>1-based position of this lesson among the course's published lessons, or 0.</summary>
    public int Number => CourseLessons.ToList().FindIndex(l => l.Id == Item.Item.Id) + 1;
}

/// <summary>A guideline, a campaign or a generic page.</summary>
public sealed class ArticlePage : ItemPage;

/// <summary>One item in a list, shown to a reader of <paramref name="Locale"/>.</summary>
public sealed record ItemCard(string Locale, ItemSummary Item, bool ShowType = false);
