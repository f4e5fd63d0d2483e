using System.ComponentModel.DataAnnotations;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiGovKh.Web.Editor.Account.Public;

/// <summary>Second step of sign-in: a code from the authenticator app, or a one-time recovery code.</summary>
public sealed class TwoFactorSignInModel(SignInManager<HubUser> signIn, SignInThrottle throttle) : PageModel
{
    [BindProperty, StringLength(64)]
    public string? Code { get; set; }

    [BindProperty, StringLength(64)]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Public/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryEnter(HttpContext, "two-factor"))
            return Page();
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
            return RedirectToPage("/Account/Public/SignIn");

        Microsoft.AspNetCore.Identity.SignInResult result;
        if (!string.IsNullOrWhiteSpace(RecoveryCode))
            result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim());
        else
            result = await signIn.TwoFactorAuthenticatorSignInAsync((Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), false, false);

        if (result.Succeeded)
            return LocalRedirect(LocalUrl.IsLocalEditorUrl(ReturnUrl) ? ReturnUrl! : "/editor");
        Failed = true;
        return Page();
    }
}
