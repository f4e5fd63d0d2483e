using System.Diagnostics;
using AiGovKh.Cms.Storage;
using AiGovKh.Search.Indexing;
using AiGovKh.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Indexing;

/// <summary><c>reindex</c>: rebuilds this node's search index from the database and exits. The site must be stopped (one writer per index).</summary>
internal sealed class ReindexVerb(IServiceProvider services) : ICommandLineVerb
{
    public string Name => "reindex";

    public string Description => "Rebuild the search index from the database and exit (stop the site first).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        SearchIndex index;
        try
        {
            index = services.GetRequiredService<SearchIndex>();
        }
        catch (IndexLockedException e)
        {
            await Console.Error.WriteLineAsync($"reindex: {e.Message} Stop the site on this node first (a running site rebuilds a missing or damaged index by itself on start).");
            return 1;
        }
        await HubDatabase.MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var source = scope.ServiceProvider.GetRequiredService<SearchDocumentSource>();
        var indexer = ActivatorUtilities.CreateInstance<SearchIndexer>(services);
        long head = await db.ChangeFeed.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        index.RequireRebuild(RebuildReason.Requested);
        var clock = Stopwatch.StartNew();
        int count = await indexer.RebuildAsync(source, head, ct);
        await Console.Out.WriteLineAsync($"reindex: {count} documents indexed up to feed sequence {head} in {clock.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }
}
