using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Content;

/// <summary>
/// The read side of the public surfaces (site and API): what is published now, in the reader's
/// language when it exists and in the other language otherwise. EF Core queries, no caching here
/// (the site caches whole pages and evicts them when the change feed moves).
/// </summary>
public sealed partial class PublishedContent(HubDbContext db, TimeProvider clock)
{
    /// <summary>The published item of this type and slug, or null when there is none (or it is deleted, scheduled or expired).</summary>
    public async Task<PublishedItem?> FindAsync(ContentType type, string slug, string locale, CancellationToken ct = default)
    {
        var revision = await LiveRevisions()
            .Where(r => r.ContentItem.Type == type && r.ContentItem.Slug == slug)
            .Include(r => r.ContentItem).ThenInclude(i => i.Organisation)
            .Include(r => r.ContentItem).ThenInclude(i => i.Course)
            .Include(r => r.Translations)
            .Include(r => r.Media).ThenInclude(m => m.MediaAsset)
            .AsSplitQuery()
            .AsNoTracking()
            .FirstOrDefaultAsync(ct);
        return revision is null ? null : ToPublishedItem(revision, locale);
    }

    /// <summary>The published item with this slug whatever its type (for <c>item:slug</c> links).</summary>
    public async Task<ItemSummary?> FindSummaryAsync(string slug, string locale, CancellationToken ct = default)
    {
        var found = await Summaries(LiveRevisions().Where(r => r.ContentItem.Slug == slug), locale, ct);
        return found.FirstOrDefault();
    }

    /// <summary>
    /// Published items, newest first, optionally of one type and for one audience tier.
    /// Lessons are left out unless asked for by type: they are reached through their course.
    /// </summary>
    public Task<IReadOnlyList<ItemSummary>> ListAsync(
        string locale, ContentType? type = null, AudienceTier audience = AudienceTier.None, int? take = null, CancellationToken ct = default)
    {
        var query = LiveRevisions();
        query = type is { } t
            ? query.Where(r => r.ContentItem.Type == t)
            : query.Where(r => r.ContentItem.Type != ContentType.Lesson);
        if (audience != AudienceTier.None)
        {
            query = query.Where(r => (r.ContentItem.Audiences & audience) != AudienceTier.None);
        }
        query = query.OrderByDescending(r => r.PublishedAt).ThenBy(r => r.ContentItem.Slug);
        if (take is { } n)
        {
            query = query.Take(n);
        }
        return Summaries(query, locale, ct);
    }

    /// <summary>The published lessons of a course, in their order.</summary>
    public Task<IReadOnlyList<ItemSummary>> LessonsAsync(int courseId, string locale, CancellationToken ct = default) =>
        Summaries(
            LiveRevisions()
                .Where(r => r.ContentItem.Type == ContentType.Lesson && r.ContentItem.CourseId == courseId)
                .OrderBy(r => r.ContentItem.Position).ThenBy(r => r.ContentItem.Slug),
            locale, ct);

    /// <summary>The published lessons just before and just after this one in its course.</summary>
    public async Task<LessonNeighbours> NeighboursAsync(ContentItem lesson, string locale, CancellationToken ct = default)
    {
        if (lesson.CourseId is not { } courseId)
        {
            return new LessonNeighbours(null, null);
        }
        return Neighbours(await LessonsAsync(courseId, locale, ct), lesson.Id);
    }

    /// <summary>The lessons just before and just after <paramref name="lessonId"/> in an ordered list.</summary>
    public static LessonNeighbours Neighbours(IReadOnlyList<ItemSummary> lessons, int lessonId)
    {
        var index = -1;
        for (var i = 0; i < lessons.Count; i++)
        {
            if (lessons[i].Id == lessonId)
            {
                index = i;
                break;
            }
        }
        return index < 0
            ? new LessonNeighbours(null, null)
            : new LessonNeighbours(index > 0 ? lessons[index - 1] : null, index < lessons.Count - 1 ? lessons[index + 1] : null);
    }

    /// <summary>The requested locale's text when the revision has it, else the other locale's.</summary>
    public static RevisionTranslation? PickTranslation(IReadOnlyCollection<RevisionTranslation> translations, string locale) =>
        translations.FirstOrDefault(t => t.Locale == locale) ?? translations.FirstOrDefault(t => t.Locale == Locales.Other(locale));

    /// <summary>A translation is stale when its sibling in the other locale was edited after it.</summary>
    public static bool IsStale(IReadOnlyCollection<RevisionTranslation> translations, string locale)
    {
        var own = translations.FirstOrDefault(t => t.Locale == locale);
        var sibling = translations.FirstOrDefault(t => t.Locale == Locales.Other(locale));
        return own is not null && sibling is not null && own.EditedAt < sibling.EditedAt;
    }

    private IQueryable<Revision> LiveRevisions() => db.Revisions.Live(clock.GetUtcNow());

    private static async Task<IReadOnlyList<ItemSummary>> Summaries(IQueryable<Revision> revisions, string locale, CancellationToken ct)
    {
        var rows = await revisions
            .Select(r => new
            {
                r.ContentItem.Id,
                r.ContentItem.Slug,
                r.ContentItem.Type,
                r.ContentItem.Audiences,
                r.ContentItem.Position,
                r.PublishedAt,
                Texts = r.Translations.Select(t => new { t.Locale, t.Title, t.Summary, t.ReadingMinutes, t.EditedAt }).ToList(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var summaries = new List<ItemSummary>(rows.Count);
        foreach (var row in rows)
        {
            var text = row.Texts.FirstOrDefault(t => t.Locale == locale) ?? row.Texts.FirstOrDefault(t => t.Locale == Locales.Other(locale));
            if (text is null)
            {
                continue;
            }
            var sibling = row.Texts.FirstOrDefault(t => t.Locale != text.Locale);
            summaries.Add(new ItemSummary(
                row.Id, row.Slug, row.Type, row.Audiences, row.Position,
                text.Locale, text.Title, text.Summary, text.ReadingMinutes,
                IsStale: text.Locale == locale && sibling is not null && text.EditedAt < sibling.EditedAt,
                row.PublishedAt));
        }
        return summaries;
    }

    private static PublishedItem? ToPublishedItem(Revision revision, string locale)
    {
        var text = PickTranslation(revision.Translations, locale);
        if (text is null)
        {
            return null;
        }
        // Every attachment is listed (a teacher may want the sheet in both languages); the reader's language first.
        var attachments = revision.Media
            .Where(m => m.Role == MediaRole.Attachment)
            .OrderBy(m => m.Locale is null || m.Locale == text.Locale ? 0 : 1)
            .ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new PublishedAttachment(
                m.Name,
                (text.Locale == Locales.Khmer ? m.TitleKm ?? m.TitleEn : m.TitleEn ?? m.TitleKm) ?? m.Name,
                m.Locale,
                m.MediaAsset.Sha256,
                m.MediaAsset.ContentType,
                m.MediaAsset.Size))
            .ToList();
        return new PublishedItem(
            revision.ContentItem,
            revision,
            text,
            locale,
            IsStale(revision.Translations, text.Locale),
            revision.Translations.Select(t => t.Locale).Order(StringComparer.Ordinal).ToList(),
            attachments);
    }
}

/// <summary>A published item with the text shown for the requested locale.</summary>
/// <param name="Text">The translation shown: the requested locale's, or the other one when it is missing.</param>
/// <param name="IsStale">The shown translation is older than its sibling in the other locale.</param>
/// <param name="Locales">The locales the revision has text for.</param>
public sealed record PublishedItem(
    ContentItem Item,
    Revision Revision,
    RevisionTranslation Text,
    string RequestedLocale,
    bool IsStale,
    IReadOnlyList<string> Locales,
    IReadOnlyList<PublishedAttachment> Attachments)
{
    /// <summary>The requested locale is missing and the other one is shown.</summary>
    public bool IsFallback => Text.Locale != RequestedLocale;
}

/// <summary>What a list, a course outline or a previous/next link shows of an item.</summary>
/// <param name="Locale">The locale of <paramref name="Title"/> and <paramref name="Summary"/> (may differ from the requested one).</param>
public sealed record ItemSummary(
    int Id,
    string Slug,
    ContentType Type,
    AudienceTier Audiences,
    int? Position,
    string Locale,
    string Title,
    string Summary,
    int ReadingMinutes,
    bool IsStale,
    DateTimeOffset? PublishedAt);

public sealed record LessonNeighbours(ItemSummary? Previous, ItemSummary? Next);

/// <summary>A downloadable file of a revision; the bytes are served from <c>/media/{Sha256}/{Name}</c>.</summary>
public sealed record PublishedAttachment(string Name, string Title, string? Locale, string Sha256, string ContentType, long Size);
