using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Browser.Tests.Editor;

/// <summary>
/// The hub on a real Kestrel port for Chromium, over a temporary data folder. Cookies are not
/// marked Secure here only because the browser talks plain HTTP to 127.0.0.1 in this test.
/// </summary>
public sealed class BrowserHub : WebApplicationFactory<Program>
{
    public const string Password = "mekong river at dawn 1987";
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aigovkh-browser", Guid.NewGuid().ToString("N"));

    public BrowserHub()
    {
        Directory.CreateDirectory(DataDirectory);
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        builder.UseSetting("Hub:ContentDirectory", Path.Combine(DataDirectory, "content"));
        builder.UseSetting("Hub:ImportOnStart", "false");
        builder.UseSetting("Accounts:SecureCookies", "false");
        builder.UseSetting("Accounts:ThrottlePermitLimit", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public string BaseUrl => ClientOptions.BaseAddress.ToString().TrimEnd('/');

    public async Task<int> OrganisationAsync(string slug, string km, string en)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var org = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == slug);
        if (org is null)
        {
            org = new Organisation { Slug = slug, NameKm = km, NameEn = en };
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
        }
        return org.Id;
    }

    /// <summary>Creates an account; returns the authenticator key for roles that need a second factor.</summary>
    public async Task<string?> UserAsync(string email, string name, string role, int? organisationId)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = organisationId, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        if (!HubRoles.RequiresTwoFactor(role)) return null;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return await users.GetAuthenticatorKeyAsync(user);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
