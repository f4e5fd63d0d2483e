using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Identity;

/// <summary>Identity's sign-in manager, plus: a disabled account can neither sign in nor keep a session.</summary>
public sealed class HubSignInManager(
    UserManager<HubUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<HubUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<HubUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HubUser> confirmation)
    : SignInManager<HubUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(HubUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<HubUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { DisabledAt: null } ? user : null;
    }
}
