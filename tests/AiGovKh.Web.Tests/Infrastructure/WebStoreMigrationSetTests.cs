using AiGovKh.Web.Identity;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiGovKh.Web.Tests.Infrastructure;

/// <summary>
/// The Web project's two stores (accounts and webhooks) each have a SQLite and a PostgreSQL migration set; every set
/// describes the current model (like <c>dotnet ef migrations has-pending-model-changes</c>) and each provider sees
/// only its own migrations. No server needed.
/// </summary>
public sealed class WebStoreMigrationSetTests
{
    private const string Regenerate = "the model changed without a migration: see src/AiGovKh.Cms/Storage/Migrations/README.md";
    private const string UnusedServer = "Host=localhost;Database=unused";

    public static TheoryData<string> Stores => ["identity", "webhooks"];

    private static (DbContext Sqlite, DbContext Postgres, string Namespace) Open(string store) => store switch
    {
        "identity" => (
            new IdentityStoreDbContext(new DbContextOptionsBuilder<IdentityStoreDbContext>().UseSqlite("Data Source=:memory:", IdentityStoreDatabase.ConfigureSqlite).Options),
            new PostgresIdentityStoreDbContext(new DbContextOptionsBuilder<PostgresIdentityStoreDbContext>().UseNpgsql(UnusedServer, IdentityStoreDatabase.ConfigurePostgres).Options),
            "AiGovKh.Web.Identity"),
        "webhooks" => (
            new WebhookStoreDbContext(new DbContextOptionsBuilder<WebhookStoreDbContext>().UseSqlite("Data Source=:memory:", WebhookStoreDatabase.ConfigureSqlite).Options),
            new PostgresWebhookStoreDbContext(new DbContextOptionsBuilder<PostgresWebhookStoreDbContext>().UseNpgsql(UnusedServer, WebhookStoreDatabase.ConfigurePostgres).Options),
            "AiGovKh.Web.Webhooks.Storage"),
        _ => throw new ArgumentOutOfRangeException(nameof(store)),
    };

    [Theory]
    [MemberData(nameof(Stores))]
    public void Sqlite_migrations_match_the_model(string store)
    {
        var (sqlite, postgres, _) = Open(store);
        using (sqlite)
        using (postgres)
        {
            Assert.False(sqlite.Database.HasPendingModelChanges(), $"{store} (SQLite): {Regenerate}");
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Postgresql_migrations_match_the_model(string store)
    {
        var (sqlite, postgres, _) = Open(store);
        using (sqlite)
        using (postgres)
        {
            Assert.False(postgres.Database.HasPendingModelChanges(), $"{store} (PostgreSQL): {Regenerate}");
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public void Each_provider_finds_only_its_own_migrations(string store)
    {
        var (sqlite, postgres, ns) = Open(store);
        using (sqlite)
        using (postgres)
        {
            var sqliteMigrations = sqlite.GetService<IMigrationsAssembly>().Migrations.Values;
            var postgresMigrations = postgres.GetService<IMigrationsAssembly>().Migrations.Values;

            Assert.NotEmpty(sqliteMigrations);
            Assert.NotEmpty(postgresMigrations);
            Assert.All(sqliteMigrations, m => Assert.Equal($"{ns}.Migrations", m.Namespace));
            Assert.All(postgresMigrations, m => Assert.Equal($"{ns}.PostgresMigrations", m.Namespace));
        }
    }
}
