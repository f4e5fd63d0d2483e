namespace AiGovKh.Cms.Workflow;

public enum WorkflowStatus
{
    Done,
    NotFound,
    InvalidState,

    /// <summary>Someone else changed the revision or item first; reload and try again.</summary>
    Conflict,
}

/// <summary>The outcome of a workflow action. Refusals are values, not exceptions.</summary>
public sealed record WorkflowResult(WorkflowStatus Status, string? Message = null, long? ChangeSequence = null)
{
    public bool Succeeded => Status == WorkflowStatus.Done;

    public static WorkflowResult Done(long sequence) => new(WorkflowStatus.Done, null, sequence);
    public static WorkflowResult NotFound(string message) => new(WorkflowStatus.NotFound, message);
    public static WorkflowResult Invalid(string message) => new(WorkflowStatus.InvalidState, message);
}
