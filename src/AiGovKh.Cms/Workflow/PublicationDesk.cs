using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// The publisher's half of the workflow: publish an approved revision now or at a time,
/// force-publish an urgent one with a written reason, unpublish, archive. Only publishers, and
/// never on a revision they wrote unless forced (which flags it "not reviewed").
/// </summary>
public sealed class PublicationDesk(HubDbContext db, LiveTransitions live, TimeProvider clock)
{
    /// <summary>Publishes the approved revision now, or schedules it when <paramref name="publishAt"/> is in the future.</summary>
    public async Task<WorkflowOutcome> PublishAsync(WorkflowUser user, int itemId, DateTimeOffset? publishAt, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanPublish(user)) return WorkflowOutcome.Forbidden();
        var revision = WorkflowItems.Pending(item);
        if (revision is not { State: RevisionState.Approved }) return WorkflowOutcome.WrongState("Error.NotApproved");
        if ((await RevisionWriters.ForAsync(db, revision, ct)).Contains(user.Id))
            return WorkflowOutcome.Forbidden("Error.OwnRevision");

        var now = clock.GetUtcNow();
        if (expiresAt is not null && expiresAt <= (publishAt ?? now))
            return WorkflowOutcome.Invalid("Error.ExpiryBeforePublish");
        revision.ExpiresAt = expiresAt;
        if (publishAt is not null && publishAt > now)
        {
            revision.PublishAt = publishAt;
            revision.UpdatedAt = now;
            revision.Version = Guid.NewGuid();
            ReviewAudit.Record(db, user.ToActor(), ReviewAudit.Schedule, now, revision, revision.State, revision.State,
                publishAt.Value.ToString("u"));
            return await SaveAsync(revision, ct);
        }
        revision.PublishAt = null;
        return await live.PublishAsync(revision, user.ToActor(), null, ct);
    }

    /// <summary>Publishes the pending revision without review. Needs a written reason; audited and flagged.</summary>
    public async Task<WorkflowOutcome> ForcePublishAsync(WorkflowUser user, int itemId, string? reason, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanPublish(user)) return WorkflowOutcome.Forbidden();
        var revision = WorkflowItems.Pending(item);
        if (revision is null) return WorkflowOutcome.WrongState();
        var text = DraftValidation.Clean(reason);
        if (text.Length < ReviewRules.MinimumForceReasonLength) return WorkflowOutcome.Invalid("Error.ForceReasonRequired");
        if (text.Length > 2000) return WorkflowOutcome.Invalid("Error.CommentTooLong");

        revision.ForcePublished = true;
        revision.ForceReason = text;
        revision.ReviewedById = null;
        revision.ReviewedAt = null;
        revision.PublishAt = null;
        return await live.PublishAsync(revision, user.ToActor(), text, ct);
    }

    public async Task<WorkflowOutcome> UnpublishAsync(WorkflowUser user, int itemId, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanPublish(user)) return WorkflowOutcome.Forbidden();
        if (WorkflowItems.Published(item) is null) return WorkflowOutcome.WrongState();
        return await live.UnpublishAsync(item, user.ToActor(), null, ct);
    }

    /// <summary>Withdraws the item from the site (if live) and closes every open revision.</summary>
    public async Task<WorkflowOutcome> ArchiveAsync(WorkflowUser user, int itemId, CancellationToken ct = default)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return WorkflowOutcome.NotFound();
        if (!ReviewRules.CanPublish(user)) return WorkflowOutcome.Forbidden();
        if (!item.Revisions.Any(r => r.State is RevisionState.Draft or RevisionState.InReview or RevisionState.Approved or RevisionState.Published or RevisionState.Unpublished))
            return WorkflowOutcome.WrongState();
        return await live.ArchiveAsync(item, user.ToActor(), ct);
    }

    private Task<WorkflowOutcome> SaveAsync(Revision revision, CancellationToken ct) => db.SaveOrConflictAsync(revision.Id, ct);
}
