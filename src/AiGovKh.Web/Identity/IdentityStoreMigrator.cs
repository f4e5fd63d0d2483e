using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Brings the identity tables (accounts, roles, the data-protection key ring) up to date and makes sure
/// the four roles exist. Called from <c>PrepareHubAsync</c> before the host starts its hosted services
/// (data protection reads the key ring as one of them) and by commands that need accounts.
/// </summary>
public static class IdentityStoreMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        await db.Database.MigrateAsync(ct);
        // Nodes starting together on one PostgreSQL database add the roles one after the other.
        await using var exclusive = await HubWideLock.AcquireAsync(db, HubWideLock.AccountSetup, ct);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HubRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
