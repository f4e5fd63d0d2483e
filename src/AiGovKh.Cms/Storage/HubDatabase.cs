using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Storage;

/// <summary>Creates or upgrades the hub database. Call once on start, before serving.</summary>
public static class HubDatabase
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await MigrateAsync(db, cancellationToken);
    }

    public static async Task MigrateAsync(HubDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            EnsureSqliteDirectory(db.Database.GetConnectionString());
            // WAL lets readers run while one writer writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (db.Database.IsNpgsql() && db is not PostgresHubDbContext)
        {
            // The PostgreSQL migrations belong to PostgresHubDbContext; a plain HubDbContext pointed at
            // PostgreSQL (a tool or test building one by hand) migrates through one on the same connection.
            var builder = new DbContextOptionsBuilder<PostgresHubDbContext>();
            var connectionString = db.Database.GetConnectionString();
            _ = connectionString is null ? builder.UseNpgsql(db.Database.GetDbConnection()) : builder.UseNpgsql(connectionString);
            await using var postgres = new PostgresHubDbContext(builder.Options);
            await postgres.Database.MigrateAsync(cancellationToken);
            return;
        }
        await db.Database.MigrateAsync(cancellationToken);
    }

    private static void EnsureSqliteDirectory(string? connectionString)
    {
        if (connectionString is null)
        {
            return;
        }
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(source));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
