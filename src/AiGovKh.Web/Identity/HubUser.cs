using Microsoft.AspNetCore.Identity;

namespace AiGovKh.Web.Identity;

/// <summary>An editor account. Contributors and reviewers belong to one organisation.</summary>
public class HubUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The organisation a contributor or reviewer acts for; null for publishers and administrators without one.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>Set when an administrator disables the account; a disabled account cannot sign in and loses its sessions.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Until the invited person chooses a password, the account has none.</summary>
    public DateTimeOffset? InvitedAt { get; set; }
}
