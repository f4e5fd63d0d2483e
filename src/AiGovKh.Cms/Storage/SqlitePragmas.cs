using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing at once, and
/// the NORMAL sync level that is safe with WAL (a power cut loses at most the last commit, never corrupts).
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
    }
}
