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
        var name = NewName();
        await using var connection = await OpenServerAsync(server);
        try
        {
            await using var command = new NpgsqlCommand(CreateSql(name, icu: true), connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (PostgresException)
        {
            await using var command = new NpgsqlCommand(CreateSql(name, icu: false), connection);
            await command.ExecuteNonQueryAsync();
        }
        return new TemporaryPostgresDatabase(server, name, ConnectionStringFor(server, name));
    }

    /// <summary>The same, for callers that cannot await (a web host's configuration callback).</summary>
    public static TemporaryPostgresDatabase Create()
    {
        var server = RequireServer();
        var name = NewName();
        using var connection = new NpgsqlConnection(ServerConnectionString(server));
        connection.Open();
        try
        {
            using var command = new NpgsqlCommand(CreateSql(name, icu: true), connection);
            command.ExecuteNonQuery();
        }
        catch (PostgresException)
        {
            using var command = new NpgsqlCommand(CreateSql(name, icu: false), connection);
            command.ExecuteNonQuery();
        }
        return new TemporaryPostgresDatabase(server, name, ConnectionStringFor(server, name));
    }

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        // FORCE ends connections a background service of the host may still hold. It fails while an
        // autovacuum worker (owned by no role) is in the database, unless the role has pg_signal_backend;
        // such a worker ends soon, so try again for a while. A leftover database never fails a test.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = await OpenServerAsync(_server);
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 20)
            {
                await Task.Delay(250);
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }

    private static string NewName() => $"aigovkh_test_{Guid.NewGuid():N}";

    /// <summary>
    /// Preferably with a linguistic English collation that ignores punctuation when sorting (ICU with
    /// "alternate shifted", which sorts like glibc's en_US.UTF-8, a common server default), so that SQL
    /// relying on byte-order sorting fails here too; the server default where ICU is missing (before PostgreSQL 15).
    /// </summary>
    private static string CreateSql(string name, bool icu) => icu
        ? $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US-u-ka-shifted'"
        : $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0";

    private static string ConnectionStringFor(string server, string name) =>
        new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    private static string ServerConnectionString(string server)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        if (string.IsNullOrEmpty(builder.Database))
        {
            builder.Database = "postgres";
        }
        return builder.ConnectionString;
    }

    private static async Task<NpgsqlConnection> OpenServerAsync(string server)
    {
        var connection = new NpgsqlConnection(ServerConnectionString(server));
        await connection.OpenAsync();
        return connection;
    }
}
