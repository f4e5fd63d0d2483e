using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// Runs a job on one node at a time when several nodes share a PostgreSQL database: a session-level
/// advisory lock held on the context's connection for the job's duration (released by PostgreSQL if
/// the node dies). Another node asking for the same lock waits, then runs after. On SQLite (one node)
/// it does nothing.
/// </summary>
public sealed class HubWideLock : IAsyncDisposable
{
    /// <summary>Importing <c>content/</c>: two nodes importing at once would both add the same new items.</summary>
    public const long ContentImport = 0x4169476F764B6801; // "AiGovKh" + 1

    /// <summary>Seeding the account roles on start: two nodes starting together would both add them.</summary>
    public const long AccountSetup = 0x4169476F764B6802;

    private readonly DbContext? _db;
    private readonly long _key;

    private HubWideLock(DbContext? db, long key)
    {
        _db = db;
        _key = key;
    }

    /// <param name="db">Any context on the hub's database (the content or the account store).</param>
    public static async Task<HubWideLock> AcquireAsync(DbContext db, long key, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return new HubWideLock(null, key);
        }
        // Keep one connection open for the whole job: the lock belongs to the session.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", ct);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
        return new HubWideLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }
        try
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({_key})");
        }
        finally
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
