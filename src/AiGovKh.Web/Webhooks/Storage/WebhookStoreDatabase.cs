using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Infrastructure.Internal;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks.Storage;

/// <summary>Points the webhook store at the hub's own database connection (one connection setting for all contexts).</summary>
internal static class WebhookStoreDatabase
{
    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(WebhookStoreDbContext).Assembly.FullName).MigrationsHistoryTable(WebhookStoreDbContext.MigrationsHistoryTable);

    public static void Configure(IServiceProvider services, DbContextOptionsBuilder builder)
    {
        var hub = services.GetService<DbContextOptions<HubDbContext>>();
        var relational = hub?.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        var connectionString = relational?.ConnectionString ?? relational?.Connection?.ConnectionString;
        if (relational is not null and not SqliteOptionsExtension && connectionString is not null)
        {
            builder.UseNpgsql(connectionString, o => o
                .MigrationsAssembly(typeof(WebhookStoreDbContext).Assembly.FullName)
                .MigrationsHistoryTable(WebhookStoreDbContext.MigrationsHistoryTable));
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

/// <summary>Lets <c>dotnet ef migrations add -c WebhookStoreDbContext</c> build the model without the host.</summary>
internal sealed class DesignTimeWebhookStoreDbContextFactory : IDesignTimeDbContextFactory<WebhookStoreDbContext>
{
    public WebhookStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WebhookStoreDbContext>().UseSqlite("Data Source=design-time.db", WebhookStoreDatabase.ConfigureSqlite).Options);
}
