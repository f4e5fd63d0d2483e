using System.ComponentModel.DataAnnotations;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiGovKh.Web.Editor.Account.Public;

/// <summary>An invited person chooses their password. The link carries a token that expires.</summary>
public sealed class AcceptModel(UserManager<HubUser> users, SignInThrottle throttle) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user"), StringLength(100)]
    public string? InvitedUserId { get; set; }

    [BindProperty(SupportsGet = true), StringLength(2000)]
    public string? Token { get; set; }

    [BindProperty, DataType(DataType.Password), StringLength(1024)]
    public string Password { get; set; } = "";

    [BindProperty, DataType(DataType.Password), StringLength(1024)]
    public string Confirm { get; set; } = "";

    public List<string> Problems { get; } = [];

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!throttle.TryEnter(HttpContext, "invitation"))
            return Page();
        var user = InvitedUserId is null ? null : await users.FindByIdAsync(InvitedUserId);
        if (user is null || user.InvitedAt is null || user.DisabledAt is not null || Token is null)
        {
            Problems.Add("Accept.Invalid");
            return Page();
        }
        if (Password != Confirm)
        {
            Problems.Add("Accept.Mismatch");
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Problems.AddRange(result.Errors.Select(e => e.Code switch
            {
                "InvalidToken" => "Accept.Invalid",
                "PasswordTooShort" => "Password.TooShort",
                "PasswordTooCommon" => "Password.TooCommon",
                "PasswordRequiresUniqueChars" => "Password.TooCommon",
                _ => "Password.Rejected",
            }).Distinct());
            return Page();
        }
        user.InvitedAt = null;
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Notice = "Accept.Done";
        return RedirectToPage("/Account/Public/SignIn");
    }
}
