using System.Diagnostics;

namespace AiGovKh.Search.Querying;

/// <summary>
/// Where a search spent its time: analysing the typed text, matching and counting facets (one pass),
/// ordering the facet counts, reading the page's stored fields, and building snippets.
/// For finding slow queries (the latency benchmark logs them); never part of an answer's content.
/// </summary>
public readonly record struct SearchStages(TimeSpan Parse, TimeSpan Search, TimeSpan Facets, TimeSpan Hits, TimeSpan Snippets)
{
    /// <summary>All stages together.</summary>
    public TimeSpan Total => Parse + Search + Facets + Hits + Snippets;

    internal static TimeSpan Since(ref long timestamp)
    {
        long now = Stopwatch.GetTimestamp();
        var elapsed = Stopwatch.GetElapsedTime(timestamp, now);
        timestamp = now;
        return elapsed;
    }
}
