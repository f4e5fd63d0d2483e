using System.Security.Claims;
using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Identity;

/// <summary>Claim types the hub adds to the cookie principal.</summary>
public static class HubClaims
{
    public const string Organisation = "hub:org";
    public const string DisplayName = "hub:name";

    /// <summary>The workflow's view of a signed-in principal. Roles and organisation come only from the cookie.</summary>
    public static WorkflowUser ToWorkflowUser(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in.");
        var name = principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        int? org = int.TryParse(principal.FindFirstValue(Organisation), out var o) ? o : null;
        return new WorkflowUser(id, name, roles, org);
    }
}

/// <summary>Adds the organisation and display name to the principal built at sign-in.</summary>
public sealed class HubClaimsPrincipalFactory(UserManager<HubUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HubUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HubUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HubClaims.DisplayName, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id));
        if (user.OrganisationId is { } org)
            identity.AddClaim(new Claim(HubClaims.Organisation, org.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
