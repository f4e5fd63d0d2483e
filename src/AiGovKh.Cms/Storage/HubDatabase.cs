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
        else if (db.Database.IsNpgsql())
        {
            // The model is portable (no provider-specific types; instants as ticks, lists as JSON text),
            // but the PostgreSQL migration set is not generated yet. Refuse clearly instead of
            // applying the SQLite migrations to PostgreSQL.
            throw new InvalidOperationException(
                "PostgreSQL migrations are not generated yet. Generate them with a PostgreSQL-specific context " +
                "(see src/AiGovKh.Cms/README.md) or use Hub:DatabaseProvider=sqlite.");
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
