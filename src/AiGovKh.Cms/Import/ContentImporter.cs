using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Import;

/// <summary>
/// Imports a content folder into the database and publishes it. New items are added; items whose
/// source files changed since their last import get a new published revision; unchanged items are
/// left alone; nothing is ever duplicated. Each item is one transaction (item fields, media,
/// revision, audit entry, publish and change-feed row), so a failure leaves the published item as it was.
/// </summary>
public sealed class ContentImporter(
    HubDbContext db,
    ContentReader reader,
    PublishingService publishing,
    MediaStore mediaStore,
    TimeProvider clock)
{
    /// <param name="EditedInHub">Someone wrote a revision in the hub after the last import; the import must not overwrite it.</param>
    private sealed record ItemState(string Slug, ContentType Type, bool Deleted, string? LastImportedHash, bool EditedInHub);

    private static readonly string ImporterId = Actor.Importer.UserId;

    private enum Outcome
    {
        Added,
        Updated,
        Unchanged,
        Skipped,
    }

    public async Task<ImportReport> ImportAsync(string contentDirectory, CancellationToken cancellationToken = default)
    {
        // Nodes sharing a PostgreSQL database import one after the other; the later one finds everything unchanged.
        await using var exclusive = await HubWideLock.AcquireAsync(db, HubWideLock.ContentImport, cancellationToken);
        return await ImportExclusiveAsync(contentDirectory, cancellationToken);
    }

    private async Task<ImportReport> ImportExclusiveAsync(string contentDirectory, CancellationToken cancellationToken)
    {
        // What the database holds, in one query: enough to resolve links and to skip unchanged items without further reads.
        var states = await db.Items
            .Select(i => new ItemState(i.Slug, i.Type, i.DeletedAt != null,
                i.Revisions.Where(r => r.SourceHash != null).OrderByDescending(r => r.Number).Select(r => r.SourceHash).FirstOrDefault(),
                i.Revisions.Any(r => r.AuthorId != ImporterId
                    && r.Number > (i.Revisions.Where(x => x.SourceHash != null).Max(x => (int?)x.Number) ?? 0))))
            .ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        var known = new KnownContent(
            (await db.Organisations.Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            states.Values.Where(s => !s.Deleted).ToDictionary(s => s.Slug, s => s.Type, StringComparer.Ordinal));
        var set = reader.Read(contentDirectory, known);
        var problems = new List<ImportProblem>(set.Problems);

        await UpsertOrganisationsAsync(set.Organisations, cancellationToken);

        int added = 0, updated = 0, unchanged = 0;
        // Courses first, so lessons added in the same import find them.
        foreach (var item in set.Items.OrderBy(i => i.Type == ContentType.Course ? 0 : 1).ThenBy(i => i.Folder, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = await ImportItemAsync(item, states.GetValueOrDefault(item.Slug), problems, cancellationToken);
            // Each item stands alone; a growing change tracker would make every later save slower.
            db.ChangeTracker.Clear();
            switch (outcome)
            {
                case Outcome.Added: added++; break;
                case Outcome.Updated: updated++; break;
                case Outcome.Unchanged: unchanged++; break;
            }
        }
        return new ImportReport(added, updated, unchanged, problems);
    }

    private async Task UpsertOrganisationsAsync(IReadOnlyList<OrganisationSource> organisations, CancellationToken ct)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Slug, StringComparer.Ordinal, ct);
        foreach (var source in organisations)
        {
            if (existing.TryGetValue(source.Slug, out var organisation))
            {
                organisation.NameKm = source.NameKm;
                organisation.NameEn = source.NameEn;
                organisation.Website = source.Website;
            }
            else
            {
                db.Organisations.Add(new Organisation { Slug = source.Slug, NameKm = source.NameKm, NameEn = source.NameEn, Website = source.Website });
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Outcome> ImportItemAsync(ItemSource source, ItemState? state, List<ImportProblem> problems, CancellationToken ct)
    {
        if (state is { Deleted: true })
        {
            problems.Add(new ImportProblem(source.MainFile, null, ImportRules.DeletedInHub,
                $"'{source.Slug}' was deleted in the hub; the import leaves it deleted.", ProblemSeverity.Warning));
            return Outcome.Skipped;
        }
        if (state?.LastImportedHash == source.SourceHash)
        {
            return Outcome.Unchanged;
        }
        if (state is { EditedInHub: true })
        {
            problems.Add(new ImportProblem(source.MainFile, null, ImportRules.EditedInHub,
                $"'{source.Slug}' changed in content/ but was also edited in the hub since its last import; the hub's version is kept. " +
                "Bring the change over in the editor, or delete the hub's newer revisions.", ProblemSeverity.Warning));
            return Outcome.Skipped;
        }
        var item = state is null ? null : await db.Items.FirstOrDefaultAsync(i => i.Slug == source.Slug, ct);
        var previous = item is null ? null : await db.Revisions
            .Include(r => r.Translations)
            .Where(r => r.ContentItemId == item.Id && r.SourceHash != null)
            .OrderByDescending(r => r.Number)
            .FirstOrDefaultAsync(ct);

        await using var transaction = await db.BeginFeedTransactionAsync(ct);
        try
        {
            var isNew = item is null;
            (item, var courseId) = await UpsertItemAsync(item, source, ct);
            if (item is null)
            {
                problems.Add(new ImportProblem(source.MainFile, null, ImportRules.MissingCourse,
                    $"The lesson's course '{source.CourseSlug}' was not imported; fix the course first."));
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Outcome.Skipped;
            }
            var revision = await AddRevisionAsync(item, source, courseId, previous, isNew, ct);
            var result = await publishing.PublishAsync(revision.Id, Actor.Importer, $"Imported from {source.Folder}/", ct);
            if (!result.Succeeded)
            {
                problems.Add(new ImportProblem(source.MainFile, null, ImportRules.Database, $"Publishing '{source.Slug}' failed: {result.Message}"));
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Outcome.Skipped;
            }
            await transaction.CommitAsync(ct);
            return isNew ? Outcome.Added : Outcome.Updated;
        }
        catch (Exception e) when (e is DbUpdateException or MediaRejectedException or InvalidOperationException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            problems.Add(new ImportProblem(source.MainFile, null, e is MediaRejectedException m ? m.Rule : ImportRules.Database,
                $"'{source.Slug}' was not imported; what was published stays as it was. {(e.InnerException ?? e).Message}"));
            return Outcome.Skipped;
        }
    }

    /// <summary>Creates the item or brings its identity up to date, and finds a lesson's course; a null item when that course is not in the database.</summary>
    private async Task<(ContentItem? Item, int? CourseId)> UpsertItemAsync(ContentItem? item, ItemSource source, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstAsync(o => o.Slug == source.OrganisationSlug, ct);
        int? courseId = null;
        if (source.Type == ContentType.Lesson)
        {
            courseId = await db.Items
                .Where(i => i.Slug == source.CourseSlug && i.Type == ContentType.Course && i.DeletedAt == null)
                .Select(i => (int?)i.Id)
                .FirstOrDefaultAsync(ct);
            if (courseId is null)
            {
                return (null, null);
            }
        }
        var now = clock.GetUtcNow();
        if (item is null)
        {
            item = new ContentItem { Slug = source.Slug, CreatedAt = now };
            db.Items.Add(item);
        }
        item.Type = source.Type;
        item.OrganisationId = organisation.Id;
        item.UpdatedAt = now;
        return (item, courseId);
    }

    private async Task<Revision> AddRevisionAsync(ContentItem item, ItemSource source, int? courseId, Revision? previous, bool isNew, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var number = isNew ? 1 : (await db.Revisions.Where(r => r.ContentItemId == item.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var revision = new Revision
        {
            ContentItem = item,
            Number = number,
            State = RevisionState.Draft,
            AuthorId = Actor.Importer.UserId,
            AuthorName = Actor.Importer.UserName,
            ChangeNote = isNew ? "Imported from content/" : "Updated from content/",
            SourceHash = source.SourceHash,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
            // Classification lives on the revision; publishing it (below, same transaction) projects it onto the item.
            Audiences = source.Audiences,
            Topics = source.Topics.ToList(),
            CourseId = courseId,
            Position = source.Type == ContentType.Lesson ? source.Order : null,
            License = source.License,
        };
        foreach (var locale in source.Locales.Values)
        {
            revision.Translations.Add(Translation(locale, previous?.Translation(locale.Locale), now));
        }
        foreach (var media in source.Media)
        {
            var asset = await mediaStore.AddAsync(media.Bytes, media.Name, new MediaUpload(
                item.OrganisationId, Actor.Importer.UserId, media.Alt.GetValueOrDefault(Locales.Khmer), media.Alt.GetValueOrDefault(Locales.English)), ct);
            revision.Media.Add(new RevisionMedia
            {
                MediaAsset = asset,
                Role = media.Role,
                Name = media.Name,
                AltKm = media.Alt.GetValueOrDefault(Locales.Khmer),
                AltEn = media.Alt.GetValueOrDefault(Locales.English),
                TitleKm = media.Title.GetValueOrDefault(Locales.Khmer),
                TitleEn = media.Title.GetValueOrDefault(Locales.English),
                Locale = media.Locale,
            });
        }
        db.Revisions.Add(revision);
        // One save for the item, the revision, its translations and media links.
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(new AuditEntry
        {
            At = now,
            UserId = Actor.Importer.UserId,
            UserName = Actor.Importer.UserName,
            Action = AuditActions.Import,
            ContentItemId = item.Id,
            RevisionId = revision.Id,
            ToState = RevisionState.Draft.ToString(),
            Detail = $"{source.Folder}/ sha256:{source.SourceHash}",
        });
        return revision;
    }

    /// <summary>A locale's fields; its edit time moves only when its own text changed, so stale translations can be flagged.</summary>
    private static RevisionTranslation Translation(LocaleSource locale, RevisionTranslation? before, DateTimeOffset now)
    {
        var rendered = locale.Rendered!;
        var translation = new RevisionTranslation
        {
            Locale = locale.Locale,
            Title = locale.Title,
            Summary = locale.Summary,
            BodyMarkdown = locale.BodyMarkdown,
            BodyHtml = rendered.Html,
            Objectives = locale.Objectives.ToList(),
            Questions = locale.Questions.ToList(),
            Glossary = locale.Glossary.ToList(),
            ReadingMinutes = locale.ReadingMinutes ?? rendered.ReadingMinutes,
            EditedAt = now,
        };
        if (before is not null && before.Title == translation.Title && before.Summary == translation.Summary && before.BodyMarkdown == translation.BodyMarkdown)
        {
            translation.EditedAt = before.EditedAt;
        }
        return translation;
    }
}
