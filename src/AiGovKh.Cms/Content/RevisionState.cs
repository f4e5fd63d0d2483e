namespace AiGovKh.Cms.Content;

/// <summary>Workflow states of a revision. Stored by name.</summary>
public enum RevisionState
{
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
    Unpublished,
    Archived,
}
