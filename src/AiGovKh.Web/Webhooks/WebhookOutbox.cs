using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Turns new change-feed rows into one pending delivery per interested subscription. The shared cursor moves in the
/// same transaction as the rows it produced, and only if no other node moved it first, so each feed row is queued
/// once however many nodes run. A first start begins at the current head (no replay of history).
/// </summary>
internal static class WebhookOutbox
{
    private const int CursorId = 1;

    public static async Task<int> EnqueueAsync(HubDbContext hub, WebhookStoreDbContext store, string origin, DateTimeOffset now, CancellationToken ct)
    {
        var cursor = await store.Cursors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == CursorId, ct);
        if (cursor is null)
        {
            store.Cursors.Add(new WebhookCursor { Id = CursorId, Sequence = await hub.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0 });
            await store.SaveChangesAsync(ct);
            return 0;
        }
        var rows = await hub.ChangeFeed.AsNoTracking().Where(c => c.Sequence > cursor.Sequence).OrderBy(c => c.Sequence).Take(100)
            .Join(hub.Items, c => c.ContentItemId, i => i.Id, (c, i) => new { c.Sequence, c.Slug, c.Kind, c.RevisionId, c.At, i.Type, i.OrganisationId })
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return 0;
        }
        var subscriptions = await store.Subscriptions.AsNoTracking().Where(s => s.DisabledAt == null).ToListAsync(ct);
        await using var tx = await store.Database.BeginTransactionAsync(ct);
        var moved = await store.Cursors.Where(c => c.Id == CursorId && c.Sequence == cursor.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Sequence, rows[^1].Sequence), ct);
        if (moved == 0)
        {
            // Another node queued these rows.
            return 0;
        }
        foreach (var row in rows)
        {
            var name = EventName(row.Kind);
            foreach (var subscription in subscriptions.Where(s => s.Wants(name, row.OrganisationId)))
            {
                var id = Guid.NewGuid().ToString("N");
                var payload = new WebhookPayload(id, name, row.Sequence, row.Slug, row.Type.Key(), row.RevisionId, row.At,
                    row.Kind == ChangeKind.Published && origin.Length > 0 ? $"{origin}/api/v1/content/{row.Slug}" : null);
                store.Deliveries.Add(Pending(subscription.Id, payload, now));
            }
        }
        var queued = await store.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return queued;
    }

    public static WebhookDelivery Pending(int subscriptionId, WebhookPayload payload, DateTimeOffset now) => new()
    {
        SubscriptionId = subscriptionId,
        EventId = payload.Id,
        Event = payload.Event,
        Sequence = payload.Sequence,
        Slug = payload.Slug,
        Payload = WebhookSignature.Json(payload),
        CreatedAt = now,
        NextAttemptAt = now,
        Outcome = WebhookOutcome.Pending,
    };

    private static string EventName(ChangeKind kind) => kind switch
    {
        ChangeKind.Published => WebhookEvents.Publish,
        ChangeKind.Unpublished => WebhookEvents.Unpublish,
        _ => WebhookEvents.Delete,
    };
}
