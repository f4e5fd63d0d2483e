namespace AiGovKh.Cms.Workflow;

/// <summary>
/// The signed-in person as the workflow sees them: who, in which roles, for which organisation.
/// Built by the web host from the authenticated principal, never from a request body.
/// </summary>
public sealed record WorkflowUser(string Id, string Name, IReadOnlySet<string> Roles, int? OrganisationId)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public bool IsPublisher => IsIn(HubRoles.Publisher);

    public bool IsAdministrator => IsIn(HubRoles.Administrator);

    /// <summary>Contributor or reviewer: someone who writes for one organisation.</summary>
    public bool IsOrganisationMember => OrganisationId is not null && (IsIn(HubRoles.Contributor) || IsIn(HubRoles.Reviewer));

    public bool BelongsTo(int organisationId) => OrganisationId == organisationId;

    public Actor ToActor() => new(Id, Name);
}
