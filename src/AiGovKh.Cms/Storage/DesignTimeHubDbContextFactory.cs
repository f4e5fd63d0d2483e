using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add -c HubDbContext</c> build the SQLite model without the web host
/// (commands: <c>Storage/Migrations/README.md</c>).
/// </summary>
internal sealed class DesignTimeHubDbContextFactory : IDesignTimeDbContextFactory<HubDbContext>
{
    public HubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<HubDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(HubDbContext).Assembly.FullName))
            .Options);
}

/// <summary>
/// Lets <c>dotnet ef migrations add -c PostgresHubDbContext</c> build the PostgreSQL model; no server
/// is needed to add a migration (the connection string is only used by <c>database update</c>).
/// </summary>
internal sealed class DesignTimePostgresHubDbContextFactory : IDesignTimeDbContextFactory<PostgresHubDbContext>
{
    public PostgresHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHubDbContext>()
            .UseNpgsql(
                DesignTimePostgres.ConnectionString,
                o => o.MigrationsAssembly(typeof(HubDbContext).Assembly.FullName))
            .Options);
}

/// <summary>
/// The server the design-time factories of every store (hub, accounts, webhooks) name: <c>AIGOVKH_DESIGN_POSTGRES</c>, or a
/// local default. Adding a migration needs no server; only <c>database update</c> connects.
/// </summary>
public static class DesignTimePostgres
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AIGOVKH_DESIGN_POSTGRES") ?? "Host=localhost;Database=aigovkh_design";
}
