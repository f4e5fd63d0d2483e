using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Users;

/// <summary>
/// Administrators invite people (a link with an expiry), set their role and organisation, and
/// disable accounts. The whole folder is behind the administrator policy; each handler checks again.
/// </summary>
public sealed class IndexModel(UserManager<HubUser> users, HubDbContext db, SignInThrottle throttle, TimeProvider clock) : EditorPageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public int? OrganisationId { get; set; }

    public List<(HubUser User, string? Role)> Accounts { get; private set; } = [];
    public List<Organisation> Organisations { get; private set; } = [];
    public string? InvitationLink { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Me.IsAdministrator) return StatusCode(403);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        if (!Me.IsAdministrator) return StatusCode(403);
        if (!throttle.TryEnter(HttpContext, "invite")) { await LoadAsync(); return Page(); }
        var problem = await ProblemAsync(Role, OrganisationId);
        var email = (Email ?? "").Trim();
        if (problem is null && (email.Length is 0 or > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email)))
            problem = "Users.EmailInvalid";
        if (problem is null && await users.FindByEmailAsync(email) is not null)
            problem = "Users.EmailTaken";
        if (problem is not null) return await ShowErrorAsync(problem);

        var user = new HubUser
        {
            UserName = email, Email = email, DisplayName = DraftValidation.Clean(DisplayName).Replace('\n', ' '),
            OrganisationId = HubRoles.NeedsOrganisation(Role!) ? OrganisationId : null,
            CreatedAt = clock.GetUtcNow(), InvitedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return await ShowErrorAsync("Users.EmailInvalid");
        await users.AddToRoleAsync(user, Role!);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        InvitationLink = $"{Request.Scheme}://{Request.Host}/editor/account/accept?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
        Notice = null;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string userId)
    {
        if (!Me.IsAdministrator) return StatusCode(403);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return NotFound();
        if (await ProblemAsync(Role, OrganisationId) is { } problem) return await ShowErrorAsync(problem);
        if (user.Id == Me.Id && Role != HubRoles.Administrator) return await ShowErrorAsync("Users.NotYourself");
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, Role!);
        user.OrganisationId = HubRoles.NeedsOrganisation(Role!) ? OrganisationId : null;
        await users.UpdateAsync(user);
        // A new role or organisation must not live on in old cookies.
        await users.UpdateSecurityStampAsync(user);
        Notice = "Users.Updated";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string userId, bool disable)
    {
        if (!Me.IsAdministrator) return StatusCode(403);
        var user = await users.FindByIdAsync(userId);
        if (user is null) return NotFound();
        if (user.Id == Me.Id) return await ShowErrorAsync("Users.NotYourself");
        user.DisabledAt = disable ? clock.GetUtcNow() : null;
        await users.UpdateAsync(user);
        // Ends every session of a disabled account at its next request.
        await users.UpdateSecurityStampAsync(user);
        Notice = disable ? "Users.Disabled" : "Users.Enabled";
        return RedirectToPage();
    }

    private async Task<string?> ProblemAsync(string? role, int? organisationId)
    {
        if (role is null || !HubRoles.All.Contains(role)) return "Users.RoleInvalid";
        if (HubRoles.NeedsOrganisation(role) && (organisationId is null || !await db.Organisations.AnyAsync(o => o.Id == organisationId)))
            return "Users.OrganisationRequired";
        return null;
    }

    private async Task<IActionResult> ShowErrorAsync(string key)
    {
        ErrorKey = key;
        Response.StatusCode = 400;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Organisations = await db.Organisations.OrderBy(o => o.Slug).ToListAsync();
        var list = await users.Users.OrderBy(u => u.Email).ToListAsync();
        Accounts = [];
        foreach (var u in list)
            Accounts.Add((u, (await users.GetRolesAsync(u)).FirstOrDefault()));
    }
}
