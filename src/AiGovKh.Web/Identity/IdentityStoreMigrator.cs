using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Web.Identity;

/// <summary>Brings the identity tables up to date and makes sure the four roles exist, before the host serves.</summary>
public sealed class IdentityStoreMigrator(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await MigrateAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
