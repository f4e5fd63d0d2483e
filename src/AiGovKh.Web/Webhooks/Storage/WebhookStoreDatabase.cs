using AiGovKh.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace AiGovKh.Web.Webhooks.Storage;

/// <summary>
/// Points the webhook store at the hub's own database (one connection setting for all contexts): on PostgreSQL the
/// hub's connection string, served by <see cref="PostgresWebhookStoreDbContext"/> with its own migration set; on
/// SQLite the hub context's file.
/// </summary>
internal static class WebhookStoreDatabase
{
    public static void ConfigureSqlite(SqliteDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(WebhookStoreDbContext).Assembly.FullName).MigrationsHistoryTable(WebhookStoreDbContext.MigrationsHistoryTable);

    public static void ConfigurePostgres(NpgsqlDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(WebhookStoreDbContext).Assembly.FullName).MigrationsHistoryTable(WebhookStoreDbContext.MigrationsHistoryTable);

    /// <summary>Registers <see cref="WebhookStoreDbContext"/> on the provider <c>AddHubCms</c> chose (call after it).</summary>
    public static IServiceCollection AddWebhookStore(this IServiceCollection services) =>
        services.AddHubSideStore<WebhookStoreDbContext, PostgresWebhookStoreDbContext>(ConfigureSqlite, ConfigurePostgres);
}

/// <summary>Lets <c>dotnet ef migrations add -c WebhookStoreDbContext</c> build the SQLite model without the host.</summary>
internal sealed class DesignTimeWebhookStoreDbContextFactory : IDesignTimeDbContextFactory<WebhookStoreDbContext>
{
    public WebhookStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WebhookStoreDbContext>().UseSqlite("Data Source=design-time.db", WebhookStoreDatabase.ConfigureSqlite).Options);
}

/// <summary>Lets <c>dotnet ef migrations add -c PostgresWebhookStoreDbContext</c> build the PostgreSQL model (no server needed).</summary>
internal sealed class DesignTimePostgresWebhookStoreDbContextFactory : IDesignTimeDbContextFactory<PostgresWebhookStoreDbContext>
{
    public PostgresWebhookStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWebhookStoreDbContext>()
            .UseNpgsql(
                AiGovKh.Cms.Storage.DesignTimePostgres.ConnectionString,
                WebhookStoreDatabase.ConfigurePostgres)
            .Options);
}
