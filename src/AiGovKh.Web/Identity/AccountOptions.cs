namespace AiGovKh.Web.Identity;

/// <summary>Settings under <c>Accounts:</c>: lockout, throttling and invitation lifetime.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    public int MaxFailedAttempts { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in, two-factor and invitation posts allowed per client address per window.</summary>
    public int ThrottlePermitLimit { get; set; } = 10;
    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Cookies are Secure by default; only a local HTTP test run may turn this off.</summary>
    public bool SecureCookies { get; set; } = true;
}
