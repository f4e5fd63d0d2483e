using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// The review half of the workflow: a writer submits with a change note, a reviewer of the same
/// organisation who did not write the revision approves it or returns it with a comment, and a
/// force-published revision is confirmed by a reviewer who neither forced nor wrote it.
/// Each action is one SaveChanges: the state change and its audit entry commit together.
/// </summary>
public sealed class ReviewService(HubDbContext db, TimeProvider clock)
{
    public async Task<WorkflowOutcome> SubmitAsync(WorkflowUser user, int itemId, string? changeNote, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanWrite(user, item.OrganisationId)) return WorkflowOutcome.Forbidden();
        var draft = WorkflowItems.Pending(item);
        if (draft is not { State: RevisionState.Draft }) return WorkflowOutcome.WrongState();
        var note = DraftValidation.Clean(changeNote);
        if (note.Length == 0) return WorkflowOutcome.Invalid("Error.ChangeNoteRequired");
        if (note.Length > 2000) return WorkflowOutcome.Invalid("Error.ChangeNoteTooLong");

        var now = clock.GetUtcNow();
        draft.ChangeNote = note;
        draft.SubmittedAt = now;
        draft.ReviewComment = null;
        return await TransitionAsync(user, draft, RevisionState.InReview, AuditActions.Submit, note, now, ct);
    }

    public async Task<WorkflowOutcome> ApproveAsync(WorkflowUser user, int itemId, string? comment, CancellationToken ct = default)
    {
        var (outcome, revision) = await LoadForReviewAsync(user, itemId, ct);
        if (revision is null) return outcome;
        if ((await RevisionWriters.ForAsync(db, revision, ct)).Contains(user.Id))
            return WorkflowOutcome.Forbidden("Error.OwnRevision");

        var now = clock.GetUtcNow();
        revision.ReviewedById = user.Id;
        revision.ReviewedAt = now;
        revision.ReviewComment = NullIfEmpty(DraftValidation.Clean(comment));
        return await TransitionAsync(user, revision, RevisionState.Approved, AuditActions.Approve, revision.ReviewComment, now, ct);
    }

    /// <summary>Sends a submitted (or approved, not yet published) revision back to draft with a comment.</summary>
    public async Task<WorkflowOutcome> ReturnAsync(WorkflowUser user, int itemId, string? comment, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanReview(user, item.OrganisationId) && !ReviewRules.CanPublish(user)) return WorkflowOutcome.Forbidden();
        var revision = WorkflowItems.Pending(item);
        if (revision is not { State: RevisionState.InReview or RevisionState.Approved }) return WorkflowOutcome.WrongState();
        var text = DraftValidation.Clean(comment);
        if (text.Length == 0) return WorkflowOutcome.Invalid("Error.CommentRequired");
        if (text.Length > 2000) return WorkflowOutcome.Invalid("Error.CommentTooLong");

        var now = clock.GetUtcNow();
        revision.ReviewComment = text;
        revision.ReviewedById = null;
        revision.ReviewedAt = null;
        revision.PublishAt = null;
        return await TransitionAsync(user, revision, RevisionState.Draft, AuditActions.Return, text, now, ct);
    }

    /// <summary>A reviewer confirms a force-published revision after the fact, clearing its "not reviewed" flag.</summary>
    public async Task<WorkflowOutcome> ConfirmForcedAsync(WorkflowUser user, int itemId, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanReview(user, item.OrganisationId)) return WorkflowOutcome.Forbidden();
        var revision = item.Revisions.Where(r => r.ForcePublished && r.ReviewedById == null).MaxBy(r => r.Number);
        if (revision is null) return WorkflowOutcome.WrongState();
        if (await RevisionWriters.ForcedByAsync(db, revision.Id, ct) == user.Id
            || (await RevisionWriters.ForAsync(db, revision, ct)).Contains(user.Id))
            return WorkflowOutcome.Forbidden("Error.OwnRevision");

        var now = clock.GetUtcNow();
        revision.ReviewedById = user.Id;
        revision.ReviewedAt = now;
        return await TransitionAsync(user, revision, revision.State, ReviewAudit.ConfirmReview, null, now, ct);
    }

    private async Task<(WorkflowOutcome, Revision?)> LoadForReviewAsync(WorkflowUser user, int itemId, CancellationToken ct)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return (WorkflowOutcome.NotFound(), null);
        if (!ReviewRules.CanReview(user, item.OrganisationId)) return (WorkflowOutcome.Forbidden(), null);
        var revision = WorkflowItems.Pending(item);
        if (revision is not { State: RevisionState.InReview }) return (WorkflowOutcome.WrongState(), null);
        return (WorkflowOutcome.Ok(revision.Id), revision);
    }

    private async Task<WorkflowOutcome> TransitionAsync(WorkflowUser user, Revision revision, RevisionState to, string action,
        string? detail, DateTimeOffset now, CancellationToken ct)
    {
        var from = revision.State;
        revision.State = to;
        revision.UpdatedAt = now;
        revision.Version = Guid.NewGuid();
        ReviewAudit.Record(db, user.ToActor(), action, now, revision, from, to, detail);
        return await db.SaveOrConflictAsync(revision.Id, ct);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
