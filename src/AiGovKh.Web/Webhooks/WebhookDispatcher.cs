using System.Collections.Concurrent;
using AiGovKh.Cms.Storage;
using AiGovKh.Web.Api;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Follows the change feed (publishing never calls it, so a slow or failing receiver cannot slow a publish): queues
/// deliveries in the database outbox, then claims due ones with a lease (a conditional update only one node can win)
/// and sends them in the background, at most <see cref="MaxInFlight"/> at a time per node. Every node may run it.
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    IOptions<ApiOptions> api,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private const int MaxInFlight = 16;
    private readonly string _node = NodeName();
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var store = scope.ServiceProvider.GetRequiredService<WebhookStoreDbContext>();
                await WebhookOutbox.EnqueueAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), store, api.Value.PublicBaseUrl.TrimEnd('/'), clock.GetUtcNow(), stoppingToken);
                await ClaimAndSendAsync(store, stoppingToken);
                await PruneAsync(store, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not queue or claim webhook deliveries; trying again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ClaimAndSendAsync(WebhookStoreDbContext store, CancellationToken ct)
    {
        var free = MaxInFlight - _inFlight.Count;
        if (free <= 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var due = await store.Deliveries
            .Where(d => d.Outcome == WebhookOutcome.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(free).ToListAsync(ct);
        var until = now + options.Value.Lease;
        foreach (var id in due)
        {
            var claimed = await store.Deliveries
                .Where(d => d.Id == id && d.Outcome == WebhookOutcome.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, _node).SetProperty(d => d.LeaseUntil, until), ct);
            if (claimed == 1)
            {
                // Registered before it starts, so a send that finishes at once still leaves the table.
                _inFlight[id] = 0;
                _ = SendAsync(id, ct);
            }
        }
    }

    /// <summary>Once an hour: finished deliveries older than <c>KeepDeliveriesDays</c> leave the log (attempts cascade).</summary>
    private async Task PruneAsync(WebhookStoreDbContext store, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }
        _nextPrune = now.AddHours(1);
        var before = now.AddDays(-options.Value.KeepDeliveriesDays);
        await store.Deliveries.Where(d => d.Outcome != WebhookOutcome.Pending && d.CompletedAt < before).ExecuteDeleteAsync(ct);
    }

    private static string NodeName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }

    private async Task SendAsync(long id, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(id, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease runs out and the delivery is tried again (by any node).
            logger.LogWarning(exception, "Webhook delivery {Id} could not be sent or recorded.", id);
        }
        finally
        {
            _inFlight.TryRemove(id, out _);
        }
    }
}
