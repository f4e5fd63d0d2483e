using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Who may do what to an item. Pure decisions over the user's roles and organisation and the
/// item's owner; every editor handler asks these on the server, whatever the page showed.
/// </summary>
public static class ReviewRules
{
    /// <summary>Publishers and administrators see every item; members see only their organisation's.</summary>
    public static bool CanRead(WorkflowUser user, int organisationId) =>
        user.IsPublisher || user.IsAdministrator || (user.IsOrganisationMember && user.BelongsTo(organisationId));

    /// <summary>Create, edit, submit and restore drafts.</summary>
    public static bool CanWrite(WorkflowUser user, int organisationId) =>
        user.IsPublisher || (user.IsOrganisationMember && user.BelongsTo(organisationId));

    /// <summary>Approve or return a submitted revision: a reviewer of the owning organisation.</summary>
    public static bool CanReview(WorkflowUser user, int organisationId) =>
        user.IsIn(HubRoles.Reviewer) && user.BelongsTo(organisationId);

    /// <summary>Publish, schedule, force-publish, unpublish and archive: MPTC publishers, anywhere.</summary>
    public static bool CanPublish(WorkflowUser user) => user.IsPublisher;

    /// <summary>The audit log: publishers and administrators.</summary>
    public static bool CanReadAuditLog(WorkflowUser user) => user.IsPublisher || user.IsAdministrator;

    /// <summary>Organisation a new item may be created for: members only for their own, publishers for any.</summary>
    public static bool CanCreateFor(WorkflowUser user, int organisationId) => CanWrite(user, organisationId);

    /// <summary>States in which a revision's text may still change.</summary>
    public static bool IsEditable(RevisionState state) => state == RevisionState.Draft;

    /// <summary>The shortest force-publish reason accepted; a reason must explain, not just exist.</summary>
    public const int MinimumForceReasonLength = 10;
}
