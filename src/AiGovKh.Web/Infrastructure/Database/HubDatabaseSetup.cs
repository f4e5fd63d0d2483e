using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Database;

public static class HubDatabaseSetup
{
    /// <summary>The hub database: SQLite in <c>Hub:DataDirectory</c>.</summary>
    public static IServiceCollection AddHubDatabase(this IServiceCollection services)
    {
        services.AddDbContext<HubDbContext>((provider, options) =>
        {
            var hub = provider.GetRequiredService<IOptions<HubOptions>>().Value;
            options.UseSqlite($"Data Source={Path.Combine(hub.DataDirectory, "hub.db")}");
        });
        return services;
    }

    /// <summary>Creates the data folder and brings the database schema up to date.</summary>
    public static async Task MigrateHubDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        Directory.CreateDirectory(hub.DataDirectory);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
