using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Indexing;

/// <summary>
/// Reads what is live now (published, not deleted, inside its schedule) from the database and shapes it
/// into <see cref="SearchDocument"/>s, one per item and locale.
/// </summary>
internal sealed class SearchDocumentSource(HubDbContext db, TimeProvider clock)
{
    private const int PageSize = 200;

    /// <summary>The live documents of these items, by item id; an item with no live revision is absent.</summary>
    public async Task<Dictionary<int, List<SearchDocument>>> LoadAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        var ids = itemIds.ToList();
        var rows = await Rows(LiveRevisions().Where(r => ids.Contains(r.ContentItemId)), ct);
        return rows.ToDictionary(r => r.ItemId, ToDocuments);
    }

    /// <summary>Every live item's documents, read a page of items at a time.</summary>
    public async IAsyncEnumerable<List<SearchDocument>> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        int after = 0;
        while (true)
        {
            var rows = await Rows(LiveRevisions().Where(r => r.ContentItemId > after).OrderBy(r => r.ContentItemId).Take(PageSize), ct);
            if (rows.Count == 0) yield break;
            foreach (var row in rows) yield return ToDocuments(row);
            after = rows.Max(r => r.ItemId);
        }
    }

    /// <summary>Items whose scheduled publish or expiry time fell in (<paramref name="from"/>, <paramref name="to"/>].</summary>
    public async Task<List<(int Id, string Slug)>> ScheduleChangesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await db.Revisions
            .Where(r => r.State == RevisionState.Published
                && ((r.PublishAt > from && r.PublishAt <= to) || (r.ExpiresAt > from && r.ExpiresAt <= to)))
            .Select(r => new { r.ContentItemId, r.ContentItem.Slug })
            .AsNoTracking()
            .ToListAsync(ct);
        return rows.Select(r => (r.ContentItemId, r.Slug)).ToList();
    }

    private IQueryable<Revision> LiveRevisions() => db.Revisions.Live(clock.GetUtcNow());

    private static Task<List<ItemRow>> Rows(IQueryable<Revision> revisions, CancellationToken ct) =>
        revisions
            .Select(r => new ItemRow(
                r.ContentItemId,
                r.ContentItem.Slug,
                r.ContentItem.Type,
                r.ContentItem.Audiences,
                r.ContentItem.Organisation.Slug,
                r.ContentItem.Organisation.NameKm,
                r.ContentItem.Organisation.NameEn,
                r.PublishedAt,
                r.UpdatedAt,
                r.Translations.Select(t => new TextRow(t.Locale, t.Title, t.Summary, t.BodyHtml, t.Objectives, t.Glossary)).ToList()))
            .AsNoTracking()
            .ToListAsync(ct);

    private static List<SearchDocument> ToDocuments(ItemRow row)
    {
        var audiences = row.Audiences.Split().Select(a => a.Key()).ToList();
        var docs = new List<SearchDocument>(row.Texts.Count);
        foreach (var text in row.Texts)
        {
            if (!Locales.IsSupported(text.Locale)) continue;
            docs.Add(new SearchDocument(
                row.Slug,
                text.Locale,
                row.Type.Key(),
                row.Organisation,
                text.Locale == Locales.Khmer ? row.OrganisationKm : row.OrganisationEn,
                audiences,
                ItemPaths.For(row.Type, row.Slug, text.Locale),
                text.Title,
                text.Summary,
                SearchableText.Body(text.BodyHtml, text.Objectives, text.Glossary),
                row.PublishedAt,
                row.UpdatedAt));
        }
        return docs;
    }

    private sealed record ItemRow(int ItemId, string Slug, ContentType Type, AudienceTier Audiences, string Organisation,
        string OrganisationKm, string OrganisationEn, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, List<TextRow> Texts);

    private sealed record TextRow(string Locale, string Title, string Summary, string BodyHtml, List<string> Objectives, List<GlossaryEntry> Glossary);
}
