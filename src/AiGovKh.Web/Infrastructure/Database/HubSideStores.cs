using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace AiGovKh.Web.Infrastructure.Database;

/// <summary>
/// The Web project's own stores (accounts, webhooks) live in the hub's database, with their own contexts and
/// migration sets: one connection setting for all. On PostgreSQL a store is served by its PostgreSQL twin
/// (same model, own migrations) on the hub's connection string; on SQLite it uses the hub context's file.
/// </summary>
internal static class HubSideStores
{
    /// <summary>Registers <typeparamref name="TContext"/> on the provider <c>AddHubCms</c> chose (call after it).</summary>
    public static IServiceCollection AddHubSideStore<TContext, TPostgresContext>(
        this IServiceCollection services,
        Action<SqliteDbContextOptionsBuilder> sqlite,
        Action<NpgsqlDbContextOptionsBuilder> postgres)
        where TContext : DbContext
        where TPostgresContext : TContext
    {
        var hub = services.Select(d => d.ImplementationInstance).OfType<HubOptions>().FirstOrDefault();
        if (hub is { DatabaseProvider: HubOptions.Postgres })
        {
            return services.AddDbContext<TContext, TPostgresContext>(builder => builder.UseNpgsql(hub.ConnectionString, postgres));
        }
        return services.AddDbContext<TContext>((provider, builder) => builder.UseSqlite(SqliteConnectionString(provider), sqlite));
    }

    private static string SqliteConnectionString(IServiceProvider services)
    {
        var hub = services.GetService<DbContextOptions<HubDbContext>>();
        var relational = hub?.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        if ((relational?.ConnectionString ?? relational?.Connection?.ConnectionString) is { } connectionString)
        {
            return connectionString;
        }
        var options = services.GetRequiredService<IOptions<HubOptions>>().Value;
        var dir = string.IsNullOrEmpty(options.DataDirectory) ? "data" : options.DataDirectory;
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "hub.db")}";
    }
}
