using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Publishes approved revisions whose time has come and withdraws published ones that expired.
/// Everything it needs is in the database, so a restarted node simply catches up on its next run.
/// </summary>
public sealed class ScheduledPublishing(HubDbContext db, LiveTransitions live, TimeProvider clock)
{
    public static Actor Scheduler => Actor.Scheduler;

    /// <summary>Runs every due publish and expiry; returns how many items changed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var dueIds = await db.Revisions
            .Where(r => (r.State == RevisionState.Approved && r.PublishAt != null && r.PublishAt <= now)
                        || (r.State == RevisionState.Published && r.ExpiresAt != null && r.ExpiresAt <= now))
            .Select(r => r.ContentItemId).Distinct().ToListAsync(ct);
        var changed = 0;
        foreach (var itemId in dueIds)
        {
            var item = await db.Items.Include(i => i.Revisions).FirstAsync(i => i.Id == itemId, ct);
            var toPublish = item.Revisions.FirstOrDefault(r => r.State == RevisionState.Approved && r.PublishAt <= now);
            if (toPublish is not null && (await live.PublishAsync(toPublish, Scheduler, "scheduled", ct)).Succeeded)
                changed++;
            db.ChangeTracker.Clear();
            item = await db.Items.Include(i => i.Revisions).FirstAsync(i => i.Id == itemId, ct);
            var expired = item.Revisions.FirstOrDefault(r => r.State == RevisionState.Published && r.ExpiresAt <= now);
            if (expired is not null && (await live.UnpublishAsync(item, Scheduler, "expired", ct)).Succeeded)
                changed++;
            db.ChangeTracker.Clear();
        }
        return changed;
    }
}
