namespace AiGovKh.Cms;

/// <summary>Settings under <c>Hub:</c> in configuration.</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Where the database (SQLite), the search index and derived caches live.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>The folder of bilingual seed material imported on start (default: the repository's content/).</summary>
    public string ContentDirectory { get; set; } = "";

    /// <summary>"sqlite" (default, embedded) or "postgres".</summary>
    public string DatabaseProvider { get; set; } = Sqlite;

    /// <summary>Connection string for PostgreSQL; ignored for SQLite (the file lives in DataDirectory).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Import content/ on start (adds and updates; never duplicates).</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>Largest media file accepted, in bytes (uploads and imports).</summary>
    public long MaxMediaBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height), read from the header before any decoding.</summary>
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>The SQLite database file.</summary>
    public string SqliteFile => Path.Combine(DataDirectory, "hub.db");

    /// <summary>Per-node cache of image variants; a node may delete it at any time.</summary>
    public string MediaCacheDirectory => Path.Combine(DataDirectory, "cache", "media");

    /// <summary>Problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(DataDirectory))
        {
            errors.Add("Hub:DataDirectory is required (the folder for hub.db and caches).");
        }
        if (DatabaseProvider is not (Sqlite or Postgres))
        {
            errors.Add($"Hub:DatabaseProvider must be '{Sqlite}' or '{Postgres}', not '{DatabaseProvider}'.");
        }
        if (DatabaseProvider == Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            errors.Add("Hub:ConnectionString is required when Hub:DatabaseProvider is 'postgres'.");
        }
        if (MaxMediaBytes <= 0)
        {
            errors.Add("Hub:MaxMediaBytes must be positive.");
        }
        if (MaxImagePixels <= 0)
        {
            errors.Add("Hub:MaxImagePixels must be positive.");
        }
        return errors;
    }
}
