using AiGovKh.Cms.Storage;
using AiGovKh.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
    public static IServiceCollection AddIdentityStore(this IServiceCollection services) =>
        services.AddHubSideStore<IdentityStoreDbContext, PostgresIdentityStoreDbContext>(ConfigureSqlite, ConfigurePostgres);
}
