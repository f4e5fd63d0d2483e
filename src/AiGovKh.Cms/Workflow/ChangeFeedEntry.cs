namespace AiGovKh.Cms.Workflow;

/// <summary>
/// One row of the append-only change feed, written in the same transaction as the publish,
/// unpublish or delete it records. The search indexer and the output cache follow it.
/// </summary>
public class ChangeFeedEntry
{
    public long Sequence { get; set; }
    public int ContentItemId { get; set; }
    public required string Slug { get; set; }
    public ChangeKind Kind { get; set; }
    public int? RevisionId { get; set; }
    public DateTimeOffset At { get; set; }
}

public enum ChangeKind
{
    Published,
    Unpublished,
    Deleted,
}
