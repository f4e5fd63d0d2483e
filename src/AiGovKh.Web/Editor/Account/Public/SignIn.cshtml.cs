using System.ComponentModel.DataAnnotations;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiGovKh.Web.Editor.Account.Public;

/// <summary>
/// Sign-in. A wrong password, an unknown e-mail, a locked or disabled account all get the same
/// page, status and (a password hash is always checked) roughly the same time.
/// </summary>
public sealed class SignInModel(SignInManager<HubUser> signIn, UserManager<HubUser> users, SignInThrottle throttle) : PageModel
{
    // A real PBKDF2 hash of a random password, verified for unknown e-mails so they cost the same time.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<HubUser>().HashPassword(new HubUser(), Guid.NewGuid().ToString()));

    [BindProperty, Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required, StringLength(1024), DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Failed { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet() => _ = DecoyHash.Value;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryEnter(HttpContext, "sign-in"))
            return Page();
        if (!ModelState.IsValid)
        {
            Failed = true;
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            new PasswordHasher<HubUser>().VerifyHashedPassword(new HubUser(), DecoyHash.Value, Password);
            Failed = true;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var target = LocalUrl.IsLocalEditorUrl(ReturnUrl) ? ReturnUrl! : "/editor";
        if (result.Succeeded)
            return LocalRedirect(target);
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Account/Public/TwoFactorSignIn", new { returnUrl = target });
        Failed = true;
        return Page();
    }
}
