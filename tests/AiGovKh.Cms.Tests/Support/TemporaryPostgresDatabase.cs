using Npgsql;

namespace AiGovKh.Cms.Tests.Support;

/// <summary>
/// A freshly created, uniquely named PostgreSQL database for one test, dropped afterwards, so runs
/// never see each other's rows. The server comes from <see cref="Variable"/> (a connection string of a
/// role that may create databases; <c>.ci/run</c> sets it). Without it the test is skipped with the reason.
/// Also compiled into AiGovKh.Web.Tests (linked file).
/// </summary>
public sealed class TemporaryPostgresDatabase : IAsyncDisposable
{
    public const string Variable = "AIGOVKH_TEST_POSTGRES";

    private readonly string _server;

    private TemporaryPostgresDatabase(string server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary>Points at the new database, with the server's credentials.</summary>
    public string ConnectionString { get; }

    /// <summary>The server's connection string, or a skipped test when there is none.</summary>
    public static string RequireServer()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"PostgreSQL not available: set {Variable} to a connection string of a role that may create databases " +
                "(e.g. Host=localhost;Username=aigovkh;Password=…;Database=postgres); .ci/run does this.");
        }
        return server;
    }

    public static async Task<TemporaryPostgresDatabase> CreateAsync()
    {
        var server = RequireServer();
        var name = $"aigovkh_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TemporaryPostgresDatabase(server, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        // FORCE ends connections a background service of the host may still hold.
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
