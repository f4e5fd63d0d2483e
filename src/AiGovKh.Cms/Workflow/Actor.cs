namespace AiGovKh.Cms.Workflow;

/// <summary>Who performs a workflow action; recorded in the audit log.</summary>
public sealed record Actor(string UserId, string? UserName)
{
    /// <summary>The content importer (content/ folder → database).</summary>
    public static readonly Actor Importer = new("import", "Content importer");

    /// <summary>Background jobs and maintenance done by the system itself.</summary>
    public static readonly Actor System = new("system", "System");

    /// <summary>Scheduled publishing and expiry, so the audit log tells them apart from other system work.</summary>
    public static readonly Actor Scheduler = new("scheduler", "Scheduler");
}
