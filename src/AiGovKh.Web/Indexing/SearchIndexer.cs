using System.Diagnostics;
using AiGovKh.Cms.Storage;
using AiGovKh.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Indexing;

/// <summary>
/// Keeps this node's index in step with the database: on start it rebuilds a missing, corrupt, stale
/// or old-schema index (the site serves meanwhile), then follows the change feed from the index's
/// checkpoint, applying each batch and committing it with the last sequence applied.
/// </summary>
internal sealed class SearchIndexer(
    SearchIndex index,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    TimeProvider clock,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private DateTimeOffset _scheduleCheckedAt;
    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _scheduleCheckedAt = clock.GetUtcNow();
        using var timer = new PeriodicTimer(options.Value.FeedPollInterval);
        do
        {
            try
            {
                await StepAsync(stoppingToken);
                _failing = false;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable or a batch may fail: log once, keep the last good index, retry.
                if (!_failing) logger.LogError(e, "Search indexing failed; queries keep the last committed index. Retrying.");
                _failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round: rebuild when needed, then apply what the feed and the schedule brought.</summary>
    internal async Task StepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
        long head = await db.ChangeFeed.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        if (index.Rebuild == RebuildReason.None && index.Checkpoint is { } checkpoint && checkpoint.Sequence > head)
        {
            index.RequireRebuild(RebuildReason.AheadOfFeed);
        }
        if (index.Rebuild != RebuildReason.None)
        {
            await RebuildAsync(source, head, ct);
            return;
        }
        while (await ApplyFeedBatchAsync(db, source, ct)) { }
        await ApplyScheduleAsync(source, ct);
    }

    /// <summary>Rebuilds the index from the database; everything up to <paramref name="head"/> is included.</summary>
    internal async Task<int> RebuildAsync(SearchDocumentSource source, long head, CancellationToken ct)
    {
        var reason = index.Rebuild;
        var clockStart = Stopwatch.StartNew();
        logger.LogInformation("Rebuilding the search index ({Reason}) up to feed sequence {Sequence}.", reason, head);
        index.StartRebuild();
        int count = 0;
        try
        {
            await foreach (var documents in source.AllAsync(ct))
            {
                foreach (var doc in documents)
                {
                    index.AddDuringRebuild(doc);
                    count++;
                }
            }
            index.CompleteRebuild(head);
        }
        catch
        {
            index.AbortRebuild();
            throw;
        }
        logger.LogInformation("Search index rebuilt: {Count} documents in {Elapsed} ms.", count, clockStart.ElapsedMilliseconds);
        return count;
    }

    private async Task<bool> ApplyFeedBatchAsync(HubDbContext db, SearchDocumentSource source, CancellationToken ct)
    {
        long after = index.Checkpoint?.Sequence ?? 0;
        var entries = await db.ChangeFeed
            .Where(e => e.Sequence > after)
            .OrderBy(e => e.Sequence)
            .Take(options.Value.BatchSize)
            .Select(e => new { e.Sequence, e.ContentItemId, e.Slug })
            .AsNoTracking()
            .ToListAsync(ct);
        if (entries.Count == 0) return false;
        var items = entries.GroupBy(e => e.ContentItemId).Select(g => (Id: g.Key, g.Last().Slug)).ToList();
        await RefreshAsync(source, items, ct);
        index.Commit(entries[^1].Sequence);
        logger.LogDebug("Search index applied feed up to {Sequence} ({Count} items).", entries[^1].Sequence, items.Count);
        return entries.Count == options.Value.BatchSize;
    }

    private async Task ApplyScheduleAsync(SearchDocumentSource source, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await source.ScheduleChangesAsync(_scheduleCheckedAt, now, ct);
        _scheduleCheckedAt = now;
        if (due.Count == 0) return;
        await RefreshAsync(source, due, ct);
        index.Commit(index.Checkpoint?.Sequence ?? 0);
    }

    private async Task RefreshAsync(SearchDocumentSource source, IReadOnlyList<(int Id, string Slug)> items, CancellationToken ct)
    {
        var live = await source.LoadAsync(items.Select(i => i.Id).ToList(), ct);
        foreach (var (id, slug) in items)
        {
            if (live.TryGetValue(id, out var documents)) index.Upsert(slug, documents);
            else index.Remove(slug);
        }
    }
}
