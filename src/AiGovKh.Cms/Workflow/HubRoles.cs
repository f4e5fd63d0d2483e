namespace AiGovKh.Cms.Workflow;

/// <summary>The four roles of the hub. Role names are stored in the identity store.</summary>
public static class HubRoles
{
    /// <summary>Writes and submits drafts for their own organisation.</summary>
    public const string Contributor = "contributor";

    /// <summary>A ministry's AI focal point: approves or returns drafts of their own organisation.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>MPTC: publishes, schedules, unpublishes and archives anywhere.</summary>
    public const string Publisher = "publisher";

    /// <summary>Manages accounts, roles and organisations; reads everything and the audit log.</summary>
    public const string Administrator = "administrator";

    public static readonly string[] All = [Contributor, Reviewer, Publisher, Administrator];

    /// <summary>Roles that act only on their own organisation's items and therefore need one.</summary>
    public static bool NeedsOrganisation(string role) => role is Contributor or Reviewer;

    /// <summary>Roles that must sign in with a second factor.</summary>
    public static bool RequiresTwoFactor(string role) => role is Publisher or Administrator;
}
