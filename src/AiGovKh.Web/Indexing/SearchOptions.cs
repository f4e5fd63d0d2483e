namespace AiGovKh.Web.Indexing;

/// <summary>Settings under <c>Search:</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Where the index lives; default <c>{Hub:DataDirectory}/index</c>. A per-node cache.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>How often the indexer reads the change feed. Publishes reach the index within about this long.</summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Feed entries applied per commit.</summary>
    public int BatchSize { get; set; } = 500;
}
