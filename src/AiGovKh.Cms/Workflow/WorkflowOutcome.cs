namespace AiGovKh.Cms.Workflow;

/// <summary>Why a workflow action was refused. The web layer maps these to 404/403/400/409.</summary>
public enum WorkflowError
{
    None,

    /// <summary>No such item, or the user may not even know it exists (another organisation's draft).</summary>
    NotFound,

    /// <summary>The user can see the item but their role does not allow this action.</summary>
    Forbidden,

    /// <summary>The request is incomplete or breaks a rule (missing change note, own revision …).</summary>
    Invalid,

    /// <summary>Someone else changed the draft since it was loaded.</summary>
    Conflict,

    /// <summary>The revision is not in a state that allows this action.</summary>
    WrongState,
}

/// <summary>The result of a workflow action: success, or an error with a message key for the UI.</summary>
public sealed record WorkflowOutcome(WorkflowError Error, string? MessageKey = null, int? RevisionId = null)
{
    public bool Succeeded => Error == WorkflowError.None;

    public static WorkflowOutcome Ok(int? revisionId = null) => new(WorkflowError.None, null, revisionId);
    public static WorkflowOutcome NotFound() => new(WorkflowError.NotFound, "Error.NotFound");
    public static WorkflowOutcome Forbidden(string key = "Error.Forbidden") => new(WorkflowError.Forbidden, key);
    public static WorkflowOutcome Invalid(string key) => new(WorkflowError.Invalid, key);
    public static WorkflowOutcome WrongState(string key = "Error.WrongState") => new(WorkflowError.WrongState, key);
    public static WorkflowOutcome Conflict(int revisionId) => new(WorkflowError.Conflict, "Error.Conflict", revisionId);
}
