using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Points the identity store at the same database as <see cref="HubDbContext"/>, so there is one
/// connection setting for both: on PostgreSQL the hub's connection string, served by
/// <see cref="PostgresIdentityStoreDbContext"/>; on SQLite the hub context's file.
/// </summary>
internal static class IdentityStoreDatabase
{
    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(IdentityStoreDbContext).Assembly.FullName)
         .MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(IdentityStoreDbContext).Assembly.FullName)
         .MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable);

    /// <summary>Registers <see cref="IdentityStoreDbContext"/> on the provider <c>AddHubCms</c> chose (call after it).</summary>
    public static IServiceCollection AddIdentityStore(this IServiceCollection services)
    {
        var hub = services.Select(d => d.ImplementationInstance).OfType<HubOptions>().FirstOrDefault();
        if (hub is { DatabaseProvider: HubOptions.Postgres })
        {
            return services.AddDbContext<IdentityStoreDbContext, PostgresIdentityStoreDbContext>(
                builder => builder.UseNpgsql(hub.ConnectionString, ConfigurePostgres));
        }
        return services.AddDbContext<IdentityStoreDbContext>(ConfigureSqliteFile);
    }

    private static void ConfigureSqliteFile(IServiceProvider services, DbContextOptionsBuilder builder)
    {
        var hub = services.GetService<DbContextOptions<HubDbContext>>();
        var relational = hub?.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        var connectionString = relational?.ConnectionString ?? relational?.Connection?.ConnectionString;
        if (connectionString is null)
        {
            var options = services.GetRequiredService<IOptions<HubOptions>>().Value;
            var dir = string.IsNullOrEmpty(options.DataDirectory) ? "data" : options.DataDirectory;
            Directory.CreateDirectory(dir);
            connectionString = $"Data Source={Path.Combine(dir, "hub.db")}";
        }
        builder.UseSqlite(connectionString, ConfigureSqlite);
    }
}
