using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using AiGovKh.Web.Infrastructure.CommandLine;

namespace AiGovKh.Web.Identity;

public static class HubIdentitySetup
{
    public const string CookieName = ".AiGovKh.Session";

    /// <summary>Accounts (ASP.NET Core Identity), cookie settings and the database-backed data-protection key ring.</summary>
    public static IServiceCollection AddHubIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section)).ValidateOnStart();
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();

        services.AddIdentityStore();
        services.AddDataProtection()
            .SetApplicationName("AiGovKh")
            .PersistKeysToDbContext<IdentityStoreDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);

        services.AddIdentity<HubUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<IdentityStoreDbContext>()
            .AddSignInManager<HubSignInManager>()
            .AddClaimsPrincipalFactory<HubClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = accounts.InvitationLifetime);

        // Check the security stamp on every request: a password change or a disabled account
        // ends every other session at once, and role or organisation changes apply at once.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;
            o.OnRefreshingPrincipal = ctx =>
            {
                // Keep "signed in with a second factor" across the refresh.
                var amr = ctx.CurrentPrincipal?.FindAll("amr").ToList() ?? [];
                if (ctx.NewPrincipal?.Identity is ClaimsIdentity id)
                {
                    foreach (var claim in amr.Where(c => !id.HasClaim("amr", c.Value)))
                        id.AddClaim(new Claim("amr", claim.Value));
                }
                return Task.CompletedTask;
            };
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = accounts.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/editor/account/sign-in";
            o.LogoutPath = "/editor/account/sign-out";
            o.AccessDeniedPath = "/editor/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.SecurePolicy = accounts.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".AiGovKh.Antiforgery";
            o.Cookie.SecurePolicy = accounts.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });

        services.AddSingleton<SignInThrottle>();
        services.AddCommandLineVerb<CreateAdminVerb>();
        return services;
    }
}
