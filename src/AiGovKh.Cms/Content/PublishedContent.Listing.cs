using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Content;

/// <summary>
/// The read side of the content API and the discovery surfaces (sitemap, feeds): filtered listings
/// with every field a client needs, the change feed as seen from outside, glossary and organisations.
/// Only live revisions (published, not deleted, not scheduled, not expired) are ever returned.
/// </summary>
public sealed partial class PublishedContent
{
    /// <summary>
    /// Every published item matching the filter, newest first then by slug (a stable order:
    /// the slug breaks ties). Lessons are included; topic matching is exact.
    /// </summary>
    public async Task<IReadOnlyList<ListedItem>> ListingAsync(ContentFilter filter, string locale, CancellationToken ct = default)
    {
        var query = LiveRevisions();
        if (filter.Type is { } type)
        {
            query = query.Where(r => r.ContentItem.Type == type);
        }
        if (filter.Audience != AudienceTier.None)
        {
            query = query.Where(r => (r.ContentItem.Audiences & filter.Audience) != AudienceTier.None);
        }
        if (filter.Organisation is { } organisation)
        {
            query = query.Where(r => r.ContentItem.Organisation.Slug == organisation);
        }
        if (filter.UpdatedSince is { } since)
        {
            query = query.Where(r => r.PublishedAt >= since);
        }
        var rows = await query
            .Select(r => new
            {
                r.ContentItem.Id,
                r.ContentItem.Slug,
                r.ContentItem.Type,
                r.ContentItem.Audiences,
                r.ContentItem.Topics,
                OrganisationSlug = r.ContentItem.Organisation.Slug,
                r.ContentItem.Organisation.NameKm,
                r.ContentItem.Organisation.NameEn,
                CourseSlug = r.ContentItem.Course == null ? null : r.ContentItem.Course.Slug,
                r.ContentItem.Position,
                r.ContentItem.License,
                RevisionId = r.Id,
                r.Number,
                r.PublishedAt,
                Texts = r.Translations.Select(t => new { t.Locale, t.Title, t.Summary, t.ReadingMinutes, t.EditedAt }).ToList(),
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var listed = new List<ListedItem>(rows.Count);
        foreach (var row in rows)
        {
            if (filter.Topic is { } topic && !row.Topics.Contains(topic, StringComparer.Ordinal))
            {
                continue;
            }
            var text = row.Texts.FirstOrDefault(t => t.Locale == locale) ?? row.Texts.FirstOrDefault(t => t.Locale == Locales.Other(locale));
            if (text is null)
            {
                continue;
            }
            var sibling = row.Texts.FirstOrDefault(t => t.Locale != text.Locale);
            listed.Add(new ListedItem(
                row.Id, row.Slug, row.Type, row.Audiences, row.Topics,
                new OrganisationName(row.OrganisationSlug, row.NameKm, row.NameEn),
                row.CourseSlug, row.Position, row.License, row.RevisionId, row.Number,
                row.PublishedAt ?? DateTimeOffset.UnixEpoch,
                text.Locale, text.Title, text.Summary, text.ReadingMinutes,
                IsStale: sibling is not null && text.EditedAt < sibling.EditedAt,
                row.Texts.Select(t => t.Locale).Order(StringComparer.Ordinal).ToList()));
        }
        return listed
            .OrderByDescending(i => i.PublishedAt)
            .ThenBy(i => i.Slug, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The published item with this slug whatever its type, with everything <see cref="FindAsync"/> loads.</summary>
    public async Task<PublishedItem?> FindBySlugAsync(string slug, string locale, CancellationToken ct = default)
    {
        var type = await LiveRevisions()
            .Where(r => r.ContentItem.Slug == slug)
            .Select(r => (ContentType?)r.ContentItem.Type)
            .FirstOrDefaultAsync(ct);
        return type is { } t ? await FindAsync(t, slug, locale, ct) : null;
    }

    /// <summary>Glossary terms of every published item in <paramref name="locale"/> (the other locale where a term lacks it), by id.</summary>
    public async Task<IReadOnlyList<PublishedGlossaryTerm>> GlossaryAsync(string locale, CancellationToken ct = default)
    {
        var live = LiveRevisions().Select(r => r.Id);
        var rows = await db.Translations
            .Where(t => live.Contains(t.RevisionId))
            .Select(t => new { t.Revision.ContentItem.Slug, t.Locale, t.Glossary })
            .AsNoTracking()
            .ToListAsync(ct);
        var entries = rows
            .SelectMany(r => r.Glossary.Select(g => (r.Slug, r.Locale, Entry: g)))
            .Where(e => !string.IsNullOrWhiteSpace(e.Entry.Id))
            .GroupBy(e => e.Entry.Id, StringComparer.Ordinal);
        var terms = new List<PublishedGlossaryTerm>();
        foreach (var group in entries)
        {
            var chosen = group.Where(e => e.Locale == locale).ToList();
            if (chosen.Count == 0)
            {
                chosen = group.ToList();
            }
            var first = chosen.OrderBy(e => e.Slug, StringComparer.Ordinal).First();
            terms.Add(new PublishedGlossaryTerm(
                group.Key, first.Locale, first.Entry.Term, first.Entry.Definition,
                group.Select(e => e.Slug).Distinct().Order(StringComparer.Ordinal).ToList()));
        }
        return terms.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Organisations with the number of items each has published now.</summary>
    public async Task<IReadOnlyList<(Organisation Organisation, int Published)>> OrganisationsAsync(CancellationToken ct = default)
    {
        // Ordered here, not in SQL: a PostgreSQL database's collation may ignore hyphens; slugs sort by code point everywhere.
        var organisations = (await db.Organisations.AsNoTracking().ToListAsync(ct)).OrderBy(o => o.Slug, StringComparer.Ordinal).ToList();
        var counts = await LiveRevisions()
            .GroupBy(r => r.ContentItem.OrganisationId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return organisations.Select(o => (o, counts.GetValueOrDefault(o.Id))).ToList();
    }

    /// <summary>The highest change-feed sequence, 0 when nothing was ever published.</summary>
    public async Task<long> FeedHeadAsync(CancellationToken ct = default) =>
        await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;

    /// <summary>
    /// The public change feed after <paramref name="since"/>: one entry per item (its latest row), in
    /// sequence order, stating the item's state NOW (published, updated or withdrawn). Replaying from 0
    /// ends with exactly the live set: an item that is not live now is reported as withdrawn even if
    /// its last row says published (it expired, or is scheduled for later).
    /// </summary>
    public async Task<PublicChanges> ChangesAsync(long since, int limit, CancellationToken ct = default)
    {
        // Read a window of rows; rows of the same item collapse to its latest, so read more than the limit.
        var rows = await db.ChangeFeed.AsNoTracking()
            .Where(c => c.Sequence > since)
            .OrderBy(c => c.Sequence)
            .Take(limit * 4)
            .Select(c => new { c.Sequence, c.ContentItemId, c.Slug, c.At })
            .ToListAsync(ct);

        var latest = new Dictionary<int, (long Sequence, string Slug, DateTimeOffset At)>();
        long cursor = since;
        foreach (var row in rows)
        {
            if (!latest.ContainsKey(row.ContentItemId) && latest.Count == limit)
            {
                break;
            }
            latest[row.ContentItemId] = (row.Sequence, row.Slug, row.At);
            cursor = row.Sequence;
        }
        var hasMore = await db.ChangeFeed.AnyAsync(c => c.Sequence > cursor, ct);

        var ids = latest.Keys.ToList();
        var live = await LiveRevisions()
            .Where(r => ids.Contains(r.ContentItemId))
            .Select(r => new { r.ContentItemId, r.Id, r.ContentItem.Type, r.PublishedAt })
            .AsNoTracking()
            .ToDictionaryAsync(r => r.ContentItemId, ct);
        var seenBefore = await db.ChangeFeed.AsNoTracking()
            .Where(c => c.Sequence <= since && ids.Contains(c.ContentItemId) && c.Kind == ChangeKind.Published)
            .Select(c => c.ContentItemId)
            .Distinct()
            .ToListAsync(ct);

        var changes = latest
            .OrderBy(p => p.Value.Sequence)
            .Select(p => live.TryGetValue(p.Key, out var revision)
                ? new PublicChange(p.Value.Sequence, p.Value.Slug, revision.Type,
                    seenBefore.Contains(p.Key) ? PublicChangeKind.Updated : PublicChangeKind.Published, p.Value.At, revision.Id)
                : new PublicChange(p.Value.Sequence, p.Value.Slug, null, PublicChangeKind.Withdrawn, p.Value.At, null))
            .ToList();
        return new PublicChanges(changes, cursor, hasMore);
    }
}

/// <summary>Filters of a listing; null or <see cref="AudienceTier.None"/> means "any".</summary>
public sealed record ContentFilter(
    ContentType? Type = null,
    AudienceTier Audience = AudienceTier.None,
    string? Topic = null,
    string? Organisation = null,
    DateTimeOffset? UpdatedSince = null);

public sealed record OrganisationName(string Slug, string NameKm, string NameEn)
{
    public string Name(string locale) => locale == Locales.Khmer ? NameKm : NameEn;
}

/// <summary>A published item as a listing shows it, in <paramref name="Locale"/> (maybe not the requested one).</summary>
public sealed record ListedItem(
    int Id,
    string Slug,
    ContentType Type,
    AudienceTier Audiences,
    IReadOnlyList<string> Topics,
    OrganisationName Organisation,
    string? CourseSlug,
    int? Position,
    string License,
    int RevisionId,
    int RevisionNumber,
    DateTimeOffset PublishedAt,
    string Locale,
    string Title,
    string Summary,
    int ReadingMinutes,
    bool IsStale,
    IReadOnlyList<string> Locales);

public sealed record PublishedGlossaryTerm(string Id, string Locale, string Term, string Definition, IReadOnlyList<string> Items);

public enum PublicChangeKind
{
    Published,
    Updated,
    Withdrawn,
}

/// <summary>One item's latest change after a cursor; <paramref name="Type"/> and <paramref name="RevisionId"/> are null when withdrawn.</summary>
public sealed record PublicChange(long Sequence, string Slug, ContentType? Type, PublicChangeKind Kind, DateTimeOffset At, int? RevisionId);

public sealed record PublicChanges(IReadOnlyList<PublicChange> Changes, long NextCursor, bool HasMore);
