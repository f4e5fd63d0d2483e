namespace AiGovKh.Cms.Workflow;

/// <summary>Who did what to which item, when, from which state to which.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>A verb: create, save, submit, approve, return, publish, force-publish, unpublish, archive, restore, import, delete.</summary>
    public required string Action { get; set; }

    public int? ContentItemId { get; set; }
    public int? RevisionId { get; set; }
    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string? Detail { get; set; }
}
