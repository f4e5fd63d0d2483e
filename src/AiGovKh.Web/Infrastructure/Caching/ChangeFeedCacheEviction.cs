using AiGovKh.Cms.Storage;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Infrastructure.Caching;

/// <summary>
/// Follows the change feed: when its highest sequence moves (a publish, unpublish or delete on any
/// node), every cached public page is evicted. Polling the database keeps nodes independent.
/// </summary>
internal sealed class ChangeFeedCacheEviction(
    IServiceScopeFactory scopes,
    IOutputCacheStore cache,
    ILogger<ChangeFeedCacheEviction> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private long? _lastSequence;
    private bool _failing;

    /// <summary>The feed head the cache was last evicted for (null before the first read).</summary>
    internal long? ObservedSequence
    {
        get
        {
            var observed = Interlocked.Read(ref _observed);
            return observed < 0 ? null : observed;
        }
    }

    private long _observed = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await CheckAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Reads the feed's head once and evicts when it moved. Returns true when it evicted.</summary>
    internal async Task<bool> CheckAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var head = await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
            _failing = false;
            if (_lastSequence == head)
            {
                return false;
            }
            var first = _lastSequence is null;
            _lastSequence = head;
            await cache.EvictByTagAsync(PublicPageCachePolicy.Tag, ct);
            Interlocked.Exchange(ref _observed, head);
            if (!first)
            {
                logger.LogInformation("Change feed moved to {Sequence}; cached pages evicted.", head);
            }
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database may be briefly unavailable; keep polling, and say so once rather than twice a second.
            if (!_failing)
            {
                logger.LogWarning(exception, "Could not read the change feed; cached pages may be stale until it is readable again.");
                _failing = true;
            }
            return false;
        }
    }
}
