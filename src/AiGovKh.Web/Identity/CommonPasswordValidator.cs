using Microsoft.AspNetCore.Identity;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Refuses passwords built from a common password or an obvious pattern: a list entry padded
/// with digits or symbols ("password1234!"), one character repeated, keyboard or number runs,
/// or the account's own e-mail name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<HubUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<HubUser> manager, HubUser user, string? password)
    {
        if (password is null || !IsCommon(password, user.Email))
            return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IdentityResult.Failed(new IdentityError
        {
            Code = "PasswordTooCommon",
            Description = "This password is too common or too easy to guess.",
        }));
    }

    public static bool IsCommon(string password, string? email = null)
    {
        var lower = password.ToLowerInvariant();
        if (CommonPasswords.List.Contains(lower)) return true;
        var letters = new string([.. lower.Where(char.IsLetter)]);
        var core = new string([.. lower.Where(char.IsLetterOrDigit)]);
        if (letters.Length > 0 && (CommonPasswords.List.Contains(letters) || IsRepetition(letters))) return true;
        if (core.Length > 0 && (CommonPasswords.List.Contains(core) || IsRepetition(core) || IsRun(core))) return true;
        var local = email?.Split('@')[0].ToLowerInvariant();
        if (local is { Length: >= 4 } && letters.Contains(new string([.. local.Where(char.IsLetter)]), StringComparison.Ordinal)
            && letters.Length <= local.Length + 4)
            return true;
        return CommonPasswords.List.Any(w => w.Length >= 6 && letters.Length <= w.Length + 2 && letters.StartsWith(w, StringComparison.Ordinal));
    }

    /// <summary>The same short unit over and over: "aaaaaaaaaaaa", "abcabcabcabc", "123123123123".</summary>
    private static bool IsRepetition(string s)
    {
        for (var unit = 1; unit <= s.Length / 2; unit++)
        {
            if (s.Length % unit != 0) continue;
            var ok = true;
            for (var i = unit; i < s.Length && ok; i++)
                ok = s[i] == s[i - unit];
            if (ok) return true;
        }
        return false;
    }

    /// <summary>Consecutive characters, up or down: "123456789012", "abcdefghijkl".</summary>
    private static bool IsRun(string s)
    {
        var up = 0;
        var down = 0;
        for (var i = 1; i < s.Length; i++)
        {
            var d = s[i] - s[i - 1];
            if (d == 1 || (s[i] == '0' && s[i - 1] == '9')) up++;
            if (d == -1) down++;
        }
        return up >= s.Length - 2 || down >= s.Length - 2;
    }
}
