using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// The transitions that change what the public sees. Each writes the revision states, the
/// audit entry and the change-feed row in one SaveChanges, i.e. one transaction.
/// </summary>
public sealed class LiveTransitions(HubDbContext db, TimeProvider clock)
{
    public async Task<WorkflowOutcome> PublishAsync(ContentItem item, Revision revision, Actor actor, string action, string? detail, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var from = revision.State;
        foreach (var old in item.Revisions.Where(r => r.State == RevisionState.Published && r.Id != revision.Id))
        {
            old.State = RevisionState.Superseded;
            old.Version = Guid.NewGuid();
        }
        revision.State = RevisionState.Published;
        revision.PublishedAt = now;
        revision.UpdatedAt = now;
        revision.Version = Guid.NewGuid();
        item.UpdatedAt = now;
        ReviewAudit.Record(db, actor, action, now, revision, from, RevisionState.Published, detail);
        db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Published, RevisionId = revision.Id, At = now });
        return await SaveAsync(revision, ct);
    }

    public async Task<WorkflowOutcome> UnpublishAsync(ContentItem item, Revision published, Actor actor, string action, RevisionState to, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        published.State = to;
        published.UpdatedAt = now;
        published.Version = Guid.NewGuid();
        item.UpdatedAt = now;
        ReviewAudit.Record(db, actor, action, now, published, RevisionState.Published, to);
        db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Unpublished, RevisionId = published.Id, At = now });
        return await SaveAsync(published, ct);
    }

    public async Task<WorkflowOutcome> ArchiveAsync(ContentItem item, IReadOnlyList<Revision> open, Actor actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var r in open)
        {
            if (r.State == RevisionState.Published)
                db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Unpublished, RevisionId = r.Id, At = now });
            ReviewAudit.Record(db, actor, AuditActions.Archive, now, r, r.State, RevisionState.Archived);
            r.State = RevisionState.Archived;
            r.UpdatedAt = now;
            r.Version = Guid.NewGuid();
        }
        item.UpdatedAt = now;
        return await SaveAsync(open[0], ct);
    }

    private async Task<WorkflowOutcome> SaveAsync(Revision revision, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return WorkflowOutcome.Ok(revision.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Conflict(revision.Id);
        }
    }
}
