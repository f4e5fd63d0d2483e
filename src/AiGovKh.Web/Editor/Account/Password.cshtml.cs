using System.ComponentModel.DataAnnotations;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AiGovKh.Web.Editor.Account;

/// <summary>Change password. The new security stamp ends every other session of this user at their next request.</summary>
public sealed class PasswordModel(UserManager<HubUser> users, SignInManager<HubUser> signIn) : EditorPageModel
{
    [BindProperty, DataType(DataType.Password), StringLength(1024)]
    public string Current { get; set; } = "";

    [BindProperty, DataType(DataType.Password), StringLength(1024)]
    public string NewPassword { get; set; } = "";

    [BindProperty, DataType(DataType.Password), StringLength(1024)]
    public string Confirm { get; set; } = "";

    public List<string> Problems { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (NewPassword != Confirm)
        {
            Problems.Add("Accept.Mismatch");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Current, NewPassword);
        if (!result.Succeeded)
        {
            Problems.AddRange(result.Errors.Select(e => e.Code switch
            {
                "PasswordMismatch" => "Password.CurrentWrong",
                "PasswordTooShort" => "Password.TooShort",
                "PasswordTooCommon" or "PasswordRequiresUniqueChars" => "Password.TooCommon",
                _ => "Password.Rejected",
            }).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Notice = "Password.Changed";
        return RedirectToPage();
    }
}
