using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AiGovKh.Web.Identity;

/// <summary>Lets <c>dotnet ef migrations add -c IdentityStoreDbContext</c> build the SQLite model without the host.</summary>
internal sealed class DesignTimeIdentityStoreDbContextFactory : IDesignTimeDbContextFactory<IdentityStoreDbContext>
{
    public IdentityStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityStoreDbContext>()
            .UseSqlite("Data Source=design-time.db", IdentityStoreDatabase.ConfigureSqlite)
            .Options);
}

/// <summary>Lets <c>dotnet ef migrations add -c PostgresIdentityStoreDbContext</c> build the PostgreSQL model (no server needed).</summary>
internal sealed class DesignTimePostgresIdentityStoreDbContextFactory : IDesignTimeDbContextFactory<PostgresIdentityStoreDbContext>
{
    public PostgresIdentityStoreDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresIdentityStoreDbContext>()
            .UseNpgsql(
                AiGovKh.Cms.Storage.DesignTimePostgres.ConnectionString,
                IdentityStoreDatabase.ConfigurePostgres)
            .Options);
}
