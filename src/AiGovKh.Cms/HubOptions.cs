namespace AiGovKh.Cms;

/// <summary>Settings under <c>Hub:</c> in configuration.</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";

    /// <summary>Where the database (SQLite), the search index and derived caches live.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>The folder of bilingual seed material imported on start (default: the repository's content/).</summary>
    public string ContentDirectory { get; set; } = "";

    /// <summary>"sqlite" (default, embedded) or "postgres".</summary>
    public string DatabaseProvider { get; set; } = "sqlite";

    /// <summary>Connection string for PostgreSQL; ignored for SQLite (the file lives in DataDirectory).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Import content/ on start (adds and updates; never duplicates).</summary>
    public bool ImportOnStart { get; set; } = true;
}
