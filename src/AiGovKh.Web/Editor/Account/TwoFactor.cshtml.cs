using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace AiGovKh.Web.Editor.Account;

/// <summary>
/// Authenticator-app setup: the shared key as text and as a QR image (a PNG made on the server,
/// no script), a code to prove it works, then ten one-time recovery codes shown once.
/// </summary>
public sealed class TwoFactorModel(UserManager<HubUser> users, SignInManager<HubUser> signIn, SignInThrottle throttle) : EditorPageModel
{
    [BindProperty, StringLength(16)]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public int RecoveryCodesLeft { get; private set; }
    public bool Required { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnGetQrAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (key is null || user.TwoFactorEnabled) return NotFound();
        var uri = $"otpauth://totp/{Uri.EscapeDataString("ai.gov.kh")}:{Uri.EscapeDataString(user.Email ?? user.Id)}?secret={key}&issuer={Uri.EscapeDataString("ai.gov.kh")}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return File(png, "image/png");
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (!throttle.TryEnter(HttpContext, "two-factor-setup")) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (user.TwoFactorEnabled || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ErrorKey = "TwoFactor.CodeWrong";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // This session proved the second factor; mark it so (other sessions end with the new stamp).
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignInWithClaimsAsync(user, false, [new Claim("amr", "mfa")]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!user.TwoFactorEnabled) return RedirectToPage();
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(HubUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = (await users.GetRolesAsync(user)).Any(Cms.Workflow.HubRoles.RequiresTwoFactor);
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        if (Enabled) return;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Resetting the key changes the security stamp; re-issue this session's cookie so it survives.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(' ', (key ?? "").ToLowerInvariant().Chunk(4).Select(c => new string(c)));
    }
}
