namespace AiGovKh.Cms.Workflow;

/// <summary>Who performs a state change, as written to the audit log.</summary>
public sealed record Actor(string UserId, string? UserName);
