using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AiGovKh.Cms.Tests.Storage;

/// <summary>
/// Each provider has its own migration set (HubDbContext: SQLite, PostgresHubDbContext: PostgreSQL).
/// Both must describe the current model: the equivalent of <c>dotnet ef migrations has-pending-model-changes</c>
/// (the migrations differ diffs the last snapshot against the model). No server needed.
/// </summary>
public class MigrationSetTests
{
    private const string Regenerate = "the model changed without a migration: regenerate both sets with the commands in src/AiGovKh.Cms/Storage/Migrations/README.md";

    private static HubDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<HubDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static PostgresHubDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);

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
    public void Snapshots_differ_from_the_model_in_nothing_on_either_provider()
    {
        // The same check spelled out, so a failure can name the provider and the differences.
        foreach (var db in new HubDbContext[] { Sqlite(), Postgres() })
        {
            using (db)
            {
                var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
                Assert.NotNull(snapshot);
                var initialised = db.GetService<IModelRuntimeInitializer>().Initialize((IModel)snapshot);
                var design = db.GetService<IDesignTimeModel>().Model;
                var differences = db.GetService<IMigrationsModelDiffer>().GetDifferences(initialised.GetRelationalModel(), design.GetRelationalModel());
                Assert.True(differences.Count == 0, $"{db.GetType().Name}: {string.Join(", ", differences.Select(d => d.GetType().Name))}");
            }
        }
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
        Assert.All(sqliteMigrations, m => Assert.Equal("AiGovKh.Cms.Storage.Migrations.Sqlite", m.Namespace));
        Assert.All(postgresMigrations, m => Assert.Equal("AiGovKh.Cms.Storage.Migrations.Postgres", m.Namespace));
    }
}
