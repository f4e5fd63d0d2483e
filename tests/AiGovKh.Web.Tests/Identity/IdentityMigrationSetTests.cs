using AiGovKh.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiGovKh.Web.Tests.Identity;

/// <summary>
/// The account store's two migration sets (SQLite: IdentityStoreDbContext, PostgreSQL: PostgresIdentityStoreDbContext)
/// both describe the current model, like <c>dotnet ef migrations has-pending-model-changes</c>. No server needed.
/// </summary>
public sealed class IdentityMigrationSetTests
{
    private const string Regenerate = "the account model changed without a migration: see src/AiGovKh.Cms/Storage/Migrations/README.md";

    private static IdentityStoreDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<IdentityStoreDbContext>().UseSqlite("Data Source=:memory:", IdentityStoreDatabase.ConfigureSqlite).Options);

    private static PostgresIdentityStoreDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresIdentityStoreDbContext>().UseNpgsql("Host=localhost;Database=unused", IdentityStoreDatabase.ConfigurePostgres).Options);

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(), Regenerate);
    }

    [Fact]
    public void Postgresql_migrations_match_the_model()
    {
        using var db = Postgres();
        Assert.False(db.Database.HasPendingModelChanges(), Regenerate);
    }

    [Fact]
    public void Each_provider_finds_only_its_own_migrations()
    {
        using var sqlite = Sqlite();
        using var postgres = Postgres();

        var sqliteMigrations = sqlite.GetService<IMigrationsAssembly>().Migrations.Values;
        var postgresMigrations = postgres.GetService<IMigrationsAssembly>().Migrations.Values;

        Assert.NotEmpty(sqliteMigrations);
        Assert.NotEmpty(postgresMigrations);
        Assert.All(sqliteMigrations, m => Assert.Equal("AiGovKh.Web.Identity.Migrations", m.Namespace));
        Assert.All(postgresMigrations, m => Assert.Equal("AiGovKh.Web.Identity.PostgresMigrations", m.Namespace));
    }
}
