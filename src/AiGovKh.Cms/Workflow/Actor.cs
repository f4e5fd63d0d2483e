namespace AiGovKh.Cms.Workflow;

/// <summary>Who performs a workflow action; recorded in the audit log.</summary>
public sealed record Actor(string UserId, string? UserName)
{
    /// <summary>The content importer (content/ folder → database).</summary>
    public static readonly Actor Importer = new("import", "Content importer");

    /// <summary>Background jobs such as scheduled publishing and expiry.</summary>
    public static readonly Actor System = new("system", "System");
}
