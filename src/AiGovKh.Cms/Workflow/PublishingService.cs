using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Publish, unpublish and delete. Each action is ONE database transaction that writes the
/// revision state, the audit entry and the change-feed row together, so readers and the
/// search indexer see a change whole or not at all. When the caller already holds a
/// transaction (the importer does, per item) the action joins it and the caller commits.
/// On failure the context's change tracker is cleared, so no half-applied change can be saved later.
/// </summary>
public sealed class PublishingService(HubDbContext db, TimeProvider clock)
{
    private static readonly RevisionState[] Publishable =
        [RevisionState.Draft, RevisionState.InReview, RevisionState.Approved, RevisionState.Unpublished, RevisionState.Superseded];

    /// <summary>Makes a revision the item's published one; the previously published revision becomes Superseded.</summary>
    public Task<WorkflowResult> PublishAsync(int revisionId, Actor actor, string? note = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(() => PublishCoreAsync(revisionId, actor, note, cancellationToken), cancellationToken);

    /// <summary>Withdraws the item's published revision (it becomes Unpublished and can be published again).</summary>
    public Task<WorkflowResult> UnpublishAsync(int itemId, Actor actor, string? note = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(() => UnpublishCoreAsync(itemId, actor, note, cancellationToken), cancellationToken);

    /// <summary>Soft-deletes an item: it keeps its history, its published revision is archived and it leaves every public surface.</summary>
    public Task<WorkflowResult> DeleteAsync(int itemId, Actor actor, string? note = null, CancellationToken cancellationToken = default) =>
        InTransactionAsync(() => DeleteCoreAsync(itemId, actor, note, cancellationToken), cancellationToken);

    private async Task<WorkflowResult> PublishCoreAsync(int revisionId, Actor actor, string? note, CancellationToken ct)
    {
        var revision = await db.Revisions.Include(r => r.ContentItem).FirstOrDefaultAsync(r => r.Id == revisionId, ct);
        if (revision is null)
        {
            return WorkflowResult.NotFound($"Revision {revisionId} does not exist.");
        }
        var item = revision.ContentItem;
        if (item.DeletedAt is not null)
        {
            return WorkflowResult.Invalid($"Item '{item.Slug}' is deleted.");
        }
        if (!Publishable.Contains(revision.State))
        {
            return WorkflowResult.Invalid($"Revision {revision.Number} of '{item.Slug}' is {revision.State} and cannot be published.");
        }

        var now = clock.GetUtcNow();
        var previous = await db.Revisions
            .Where(r => r.ContentItemId == item.Id && r.State == RevisionState.Published)
            .ToListAsync(ct);
        foreach (var old in previous)
        {
            Transition(old, RevisionState.Superseded, now);
        }
        // Saved first so the one-published-revision-per-item index never sees two at once.
        await db.SaveChangesAsync(ct);

        var from = revision.State;
        Transition(revision, RevisionState.Published, now);
        revision.PublishedAt = now;
        revision.PublishAt = null;
        // The item's classification is the published projection: it changes with what goes live, in this transaction.
        Classification.Project(revision, item);
        item.UpdatedAt = now;

        var supersededNote = previous.Count == 0 ? null : $"supersedes revision {string.Join(", ", previous.Select(p => p.Number))}";
        var action = revision.ForcePublished ? AuditActions.ForcePublish : AuditActions.Publish;
        Audit(actor, action, item, revision, from, RevisionState.Published, Join(note, supersededNote), now);
        var feed = Feed(item, ChangeKind.Published, revision.Id, now);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Done(feed.Sequence);
    }

    private async Task<WorkflowResult> UnpublishCoreAsync(int itemId, Actor actor, string? note, CancellationToken ct)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return WorkflowResult.NotFound($"Item {itemId} does not exist.");
        }
        var published = await db.Revisions.FirstOrDefaultAsync(r => r.ContentItemId == itemId && r.State == RevisionState.Published, ct);
        if (published is null)
        {
            return WorkflowResult.Invalid($"Item '{item.Slug}' has no published revision.");
        }

        var now = clock.GetUtcNow();
        Transition(published, RevisionState.Unpublished, now);
        item.UpdatedAt = now;
        Audit(actor, AuditActions.Unpublish, item, published, RevisionState.Published, RevisionState.Unpublished, note, now);
        var feed = Feed(item, ChangeKind.Unpublished, published.Id, now);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Done(feed.Sequence);
    }

    private async Task<WorkflowResult> DeleteCoreAsync(int itemId, Actor actor, string? note, CancellationToken ct)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null)
        {
            return WorkflowResult.NotFound($"Item {itemId} does not exist.");
        }
        if (item.DeletedAt is not null)
        {
            return WorkflowResult.Invalid($"Item '{item.Slug}' is already deleted.");
        }

        var now = clock.GetUtcNow();
        var published = await db.Revisions.FirstOrDefaultAsync(r => r.ContentItemId == itemId && r.State == RevisionState.Published, ct);
        if (published is not null)
        {
            Transition(published, RevisionState.Archived, now);
        }
        item.DeletedAt = now;
        item.UpdatedAt = now;
        Audit(actor, AuditActions.Delete, item, published, published is null ? null : RevisionState.Published, published is null ? null : RevisionState.Archived, note, now);
        var feed = Feed(item, ChangeKind.Deleted, published?.Id, now);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Done(feed.Sequence);
    }

    private static void Transition(Revision revision, RevisionState to, DateTimeOffset now)
    {
        revision.State = to;
        revision.UpdatedAt = now;
        revision.Version = Guid.NewGuid();
    }

    private void Audit(Actor actor, string action, ContentItem item, Revision? revision, RevisionState? from, RevisionState? to, string? detail, DateTimeOffset now) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            ContentItemId = item.Id,
            RevisionId = revision?.Id,
            FromState = from?.ToString(),
            ToState = to?.ToString(),
            Detail = detail,
        });

    private ChangeFeedEntry Feed(ContentItem item, ChangeKind kind, int? revisionId, DateTimeOffset now)
    {
        var entry = new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = kind, RevisionId = revisionId, At = now };
        db.ChangeFeed.Add(entry);
        return entry;
    }

    private static string? Join(string? a, string? b) =>
        string.IsNullOrWhiteSpace(a) ? b : string.IsNullOrWhiteSpace(b) ? a : $"{a} ({b})";

    private async Task<WorkflowResult> InTransactionAsync(Func<Task<WorkflowResult>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            // The caller owns the transaction and decides whether to commit.
            try
            {
                return await work();
            }
            catch (DbUpdateConcurrencyException)
            {
                return new WorkflowResult(WorkflowStatus.Conflict, "The item changed while it was being published; reload and try again.");
            }
        }

        await using var transaction = await db.BeginFeedTransactionAsync(ct);
        try
        {
            var result = await work();
            if (result.Succeeded)
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
            }
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return new WorkflowResult(WorkflowStatus.Conflict, "The item changed while it was being published; reload and try again.");
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
