using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// The transitions that change what the public sees, on top of <see cref="PublishingService"/>
/// (which writes the revision state, audit entry and change-feed row in one transaction).
/// Archive joins an unpublish and the closing of open revisions in one transaction too.
/// </summary>
public sealed class LiveTransitions(HubDbContext db, PublishingService publishing, TimeProvider clock)
{
    /// <summary>Publishes <paramref name="revision"/>; changes already made to it (force flag, expiry) are saved with it.</summary>
    public async Task<WorkflowOutcome> PublishAsync(Revision revision, Actor actor, string? note, CancellationToken ct) =>
        Map(await publishing.PublishAsync(revision.Id, actor, note, ct), revision.Id);

    public async Task<WorkflowOutcome> UnpublishAsync(ContentItem item, Actor actor, string? note, CancellationToken ct) =>
        Map(await publishing.UnpublishAsync(item.Id, actor, note, ct), null);

    public async Task<WorkflowOutcome> ArchiveAsync(ContentItem item, Actor actor, CancellationToken ct)
    {
        await using var tx = await db.BeginFeedTransactionAsync(ct);
        try
        {
            if (item.Revisions.Any(r => r.State == RevisionState.Published))
            {
                var result = await publishing.UnpublishAsync(item.Id, actor, "archive", ct);
                if (!result.Succeeded) return Map(result, null);
            }
            var now = clock.GetUtcNow();
            var open = item.Revisions.Where(r => r.State is RevisionState.Draft or RevisionState.InReview or RevisionState.Approved or RevisionState.Unpublished).ToList();
            foreach (var r in open)
            {
                ReviewAudit.Record(db, actor, AuditActions.Archive, now, r, r.State, RevisionState.Archived);
                r.State = RevisionState.Archived;
                r.UpdatedAt = now;
                r.Version = Guid.NewGuid();
            }
            item.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return WorkflowOutcome.Ok(open.FirstOrDefault()?.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Conflict(0);
        }
    }

    private static WorkflowOutcome Map(WorkflowResult result, int? revisionId) => result.Status switch
    {
        WorkflowStatus.Done => WorkflowOutcome.Ok(revisionId),
        WorkflowStatus.NotFound => WorkflowOutcome.NotFound(),
        WorkflowStatus.Conflict => WorkflowOutcome.Conflict(revisionId ?? 0),
        _ => WorkflowOutcome.WrongState(),
    };
}
