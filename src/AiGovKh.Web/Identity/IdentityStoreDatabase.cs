using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Points the identity store at the same database as <see cref="HubDbContext"/>: it reads the
/// hub context's configured connection, so there is one connection setting for both.
/// </summary>
internal static class IdentityStoreDatabase
{
    public static void ConfigureSqlite(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(IdentityStoreDbContext).Assembly.FullName)
         .MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable);

    public static void Configure(IServiceProvider services, DbContextOptionsBuilder builder)
    {
        var hub = services.GetService<DbContextOptions<HubDbContext>>();
        var relational = hub?.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        var connectionString = relational?.ConnectionString ?? relational?.Connection?.ConnectionString;
        if (relational is not null and not SqliteOptionsExtension && connectionString is not null)
        {
            builder.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(typeof(IdentityStoreDbContext).Assembly.FullName)
                .MigrationsHistoryTable(IdentityStoreDbContext.MigrationsHistoryTable));
            return;
        }
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
