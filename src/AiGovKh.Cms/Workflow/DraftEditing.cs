using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Creating items and saving drafts: the only way editor text reaches the database. Saves are
/// optimistic: the caller passes the version it loaded, and a save over someone else's newer
/// version is refused with <see cref="WorkflowError.Conflict"/> instead of overwriting it.
/// </summary>
public sealed class DraftEditing(HubDbContext db, RevisionRenderer renderer, TimeProvider clock)
{
    public async Task<(WorkflowOutcome Outcome, int? ItemId)> CreateAsync(WorkflowUser user, NewItem request, DraftInput input, CancellationToken ct = default)
    {
        if (!ReviewRules.CanCreateFor(user, request.OrganisationId))
            return (WorkflowOutcome.Forbidden(), null);
        if (!DraftValidation.IsValidSlug(request.Slug))
            return (WorkflowOutcome.Invalid("Error.SlugInvalid"), null);
        input = DraftValidation.Clean(input);
        if (DraftValidation.Problem(input) is { } problem)
            return (WorkflowOutcome.Invalid(problem), null);
        if (!await db.Organisations.AnyAsync(o => o.Id == request.OrganisationId, ct))
            return (WorkflowOutcome.Invalid("Error.OrganisationUnknown"), null);
        if (await db.Items.AnyAsync(i => i.Slug == request.Slug, ct))
            return (WorkflowOutcome.Invalid("Error.SlugTaken"), null);

        var now = clock.GetUtcNow();
        var item = new ContentItem
        {
            Slug = request.Slug, Type = request.Type, OrganisationId = request.OrganisationId,
            CreatedAt = now, UpdatedAt = now,
        };
        var revision = NewRevision(user, item, 1, now);
        if (await ApplyClassificationAsync(user, item.Type, revision, input, ct) is { } courseProblem)
            return (WorkflowOutcome.Invalid(courseProblem), null);
        // Nothing of a new item is public yet, so its projection may start as its first draft says.
        Classification.Project(revision, item);
        Apply(revision, input, now);
        await renderer.RenderAsync(revision, ct);
        item.Revisions.Add(revision);
        db.Items.Add(item);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        ReviewAudit.Record(db, user.ToActor(), AuditActions.Create, now, revision, null, RevisionState.Draft, item.Slug);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (WorkflowOutcome.Ok(revision.Id), item.Id);
    }

    /// <summary>
    /// Saves <paramref name="input"/> as the item's draft. <paramref name="baseVersion"/> is the
    /// <see cref="Revision.Version"/> the editor loaded: the draft's, or the published revision's
    /// when there was no draft yet (the save then opens a new draft from it).
    /// </summary>
    public async Task<WorkflowOutcome> SaveAsync(WorkflowUser user, int itemId, Guid baseVersion, DraftInput input, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanWrite(user, item.OrganisationId)) return WorkflowOutcome.Forbidden();

        input = DraftValidation.Clean(input);
        if (DraftValidation.Problem(input) is { } problem) return WorkflowOutcome.Invalid(problem);

        var pending = WorkflowItems.Pending(item);
        if (pending is { State: RevisionState.InReview or RevisionState.Approved })
            return WorkflowOutcome.WrongState("Error.NotEditableInReview");
        var basis = pending ?? item.Revisions.MaxBy(r => r.Number);
        if (basis is not null && basis.Version != baseVersion)
            return WorkflowOutcome.Conflict(basis.Id);

        var now = clock.GetUtcNow();
        var draft = pending ?? OpenDraftFrom(user, item, basis, now);
        // Classification is part of the draft: the item (what the public sees) changes only when it is published.
        if (await ApplyClassificationAsync(user, item.Type, draft, input, ct) is { } courseProblem)
        {
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Invalid(courseProblem);
        }
        var from = pending is null ? (RevisionState?)null : RevisionState.Draft;
        var confirmed = Apply(draft, input, now);
        return await CommitAsync(user, item, draft, AuditActions.Save, from, null, now, ct, confirmed);
    }

    /// <summary>Copies an old revision's texts, classification and stale flags into the draft (opening one if needed): history is never rewritten.</summary>
    public async Task<WorkflowOutcome> RestoreAsync(WorkflowUser user, int itemId, int revisionId, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        var old = item.Revisions.FirstOrDefault(r => r.Id == revisionId);
        if (old is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanWrite(user, item.OrganisationId)) return WorkflowOutcome.Forbidden();

        var pending = WorkflowItems.Pending(item);
        if (pending is { State: RevisionState.InReview or RevisionState.Approved })
            return WorkflowOutcome.WrongState("Error.NotEditableInReview");

        var now = clock.GetUtcNow();
        var draft = pending ?? OpenDraftFrom(user, item, item.Revisions.MaxBy(r => r.Number), now);
        var input = new DraftInput(DraftTexts.From(old.Translation(Locales.Khmer)), DraftTexts.From(old.Translation(Locales.English)),
            old.Audiences, old.Topics, old.CourseId, old.Position);
        if (await ApplyClassificationAsync(user, item.Type, draft, input, ct) is { } courseProblem)
        {
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Invalid(courseProblem);
        }
        draft.License = old.License;
        Apply(draft, input, now);
        CarryStaleness(old, draft, now);
        return await CommitAsync(user, item, draft, AuditActions.Restore, pending?.State, $"revision {old.Number}", now, ct);
    }

    /// <summary>
    /// A restored revision brings back its texts as a pair: in step if they were in step, with the same
    /// locale stale if one was stale then. (Left to <see cref="Apply"/>, only the locales whose text
    /// differs from the draft would count as edited, which could flag or clear the wrong side.)
    /// </summary>
    private static void CarryStaleness(Revision old, Revision draft, DateTimeOffset now)
    {
        foreach (var t in draft.Translations) t.EditedAt = now;
        foreach (var locale in TranslationStatus.StaleLocales(old))
        {
            if (draft.Translation(locale) is { } stale) stale.EditedAt = old.Translation(locale)!.EditedAt;
        }
    }

    private async Task<WorkflowOutcome> CommitAsync(WorkflowUser user, ContentItem item, Revision draft, string action,
        RevisionState? from, string? detail, DateTimeOffset now, CancellationToken ct, IReadOnlyList<string>? confirmed = null)
    {
        // Render once, on save: the public site serves the stored HTML.
        await renderer.RenderAsync(draft, ct);
        item.UpdatedAt = now;
        draft.UpdatedAt = now;
        draft.Version = Guid.NewGuid();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            ReviewAudit.Record(db, user.ToActor(), action, now, draft, from, RevisionState.Draft, detail);
            foreach (var locale in confirmed ?? [])
                ReviewAudit.Record(db, user.ToActor(), ReviewAudit.ConfirmTranslation, now, draft, RevisionState.Draft, RevisionState.Draft, locale);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return WorkflowOutcome.Ok(draft.Id);
        }
        catch (DbUpdateException)
        {
            // A concurrent save changed the version or opened the same draft number first.
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Conflict(draft.Id);
        }
    }

    private Revision OpenDraftFrom(WorkflowUser user, ContentItem item, Revision? basis, DateTimeOffset now)
    {
        var draft = NewRevision(user, item, (item.Revisions.Count == 0 ? 0 : item.Revisions.Max(r => r.Number)) + 1, now);
        if (basis is null) Classification.Copy(item, draft);
        if (basis is not null)
        {
            Classification.Copy(basis, draft);
            foreach (var t in basis.Translations)
            {
                draft.Translations.Add(new RevisionTranslation
                {
                    Locale = t.Locale, Title = t.Title, Summary = t.Summary, BodyMarkdown = t.BodyMarkdown, BodyHtml = t.BodyHtml,
                    Objectives = [.. t.Objectives], Questions = [.. t.Questions], Glossary = [.. t.Glossary],
                    ReadingMinutes = t.ReadingMinutes, EditedAt = t.EditedAt,
                });
            }
            foreach (var m in db.RevisionMedia.Where(m => m.RevisionId == basis.Id).ToList())
            {
                draft.Media.Add(new RevisionMedia
                {
                    MediaAssetId = m.MediaAssetId, Role = m.Role, Name = m.Name, Locale = m.Locale, TitleKm = m.TitleKm, TitleEn = m.TitleEn,
                    AltKm = m.AltKm, AltEn = m.AltEn,
                });
            }
        }
        item.Revisions.Add(draft);
        return draft;
    }

    private static Revision NewRevision(WorkflowUser user, ContentItem item, int number, DateTimeOffset now) => new()
    {
        ContentItem = item, Number = number, State = RevisionState.Draft,
        AuthorId = user.Id, AuthorName = user.Name, CreatedAt = now, UpdatedAt = now,
    };

    /// <summary>Writes the texts into the draft and moves the edit stamps; returns the locales confirmed as still matching.</summary>
    private static List<string> Apply(Revision draft, DraftInput input, DateTimeOffset now)
    {
        var wasStale = Locales.All.Where(l => TranslationStatus.IsStale(draft, l)).ToHashSet();
        var edited = new HashSet<string>();
        foreach (var locale in Locales.All)
        {
            var texts = input.For(locale);
            var t = draft.Translation(locale);
            if (t is null && texts.IsEmpty) continue;
            if (t is null)
            {
                t = new RevisionTranslation { Locale = locale, Title = "" };
                draft.Translations.Add(t);
            }
            if (texts.SameAs(t) && t.EditedAt != default) continue;
            t.Title = texts.Title;
            t.Summary = texts.Summary;
            t.BodyMarkdown = texts.BodyMarkdown;
            t.Objectives = [.. texts.Objectives];
            t.Questions = [.. texts.Questions];
            t.EditedAt = now;
            edited.Add(locale);
        }
        foreach (var locale in edited.Where(wasStale.Contains))
        {
            // Updating the stale side answers the other's change; it must not make the other stale in turn.
            if (draft.Translation(Locales.Other(locale)) is { } other) other.EditedAt = now;
        }
        var confirmed = new List<string>();
        foreach (var locale in input.ConfirmedLocales ?? [])
        {
            // "Still matches": bring the stale locale level with its sibling without touching its text.
            if (Locales.IsSupported(locale) && TranslationStatus.IsStale(draft, locale))
            {
                draft.Translation(locale)!.EditedAt = draft.Translation(Locales.Other(locale))!.EditedAt;
                confirmed.Add(locale);
            }
        }
        return confirmed;
    }

    /// <summary>Sets the draft's audiences, topics, course and position; a course must exist and be readable by the user.</summary>
    private async Task<string?> ApplyClassificationAsync(WorkflowUser user, ContentType type, Revision draft, DraftInput input, CancellationToken ct)
    {
        draft.Audiences = input.Audiences & (AudienceTier)31;
        draft.Topics = [.. input.Topics];
        if (type != ContentType.Lesson || input.CourseId is null)
        {
            draft.CourseId = null;
            draft.Position = type == ContentType.Lesson ? input.Position : null;
            return null;
        }
        var course = await db.Items.Where(i => i.Id == input.CourseId && i.Type == ContentType.Course && i.DeletedAt == null)
            .Select(i => new { i.Id, i.OrganisationId }).FirstOrDefaultAsync(ct);
        if (course is null || !ReviewRules.CanRead(user, course.OrganisationId))
            return "Error.CourseUnknown";
        draft.CourseId = course.Id;
        draft.Position = input.Position;
        return null;
    }
}
