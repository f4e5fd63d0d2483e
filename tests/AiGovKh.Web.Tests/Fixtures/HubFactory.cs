using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Fixtures;

/// <summary>
/// The whole hub in memory over its own temporary data folder (never shared state), seeded with
/// <see cref="TestContent"/>. No import on start: the tests decide what is published.
/// With <c>AIGOVKH_TEST_WEB_ON_POSTGRES=1</c> (and <c>AIGOVKH_TEST_POSTGRES</c>) every hub runs on its own
/// fresh PostgreSQL database instead: a smoke run of the whole web suite on PostgreSQL
/// (see src/AiGovKh.Cms/Storage/Migrations/README.md for the tests that cannot pass that way).
/// </summary>
public class HubFactory : WebApplicationFactory<Program>
{
    public const string AllOnPostgresVariable = "AIGOVKH_TEST_WEB_ON_POSTGRES";

    private TemporaryPostgresDatabase? _postgres;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "aigovkh-tests", Guid.NewGuid().ToString("N"));

    public string ContentDirectory { get; }

    private bool _seeded;

    public HubFactory()
    {
        ContentDirectory = Path.Combine(DataDirectory, "content");
        Directory.CreateDirectory(ContentDirectory);
    }

    /// <summary>The ASP.NET Core environment; Production shows the friendly error page.</summary>
    protected virtual string EnvironmentName => "Production";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Hub:DataDirectory", DataDirectory);
        builder.UseSetting("Hub:ContentDirectory", ContentDirectory);
        builder.UseSetting("Hub:ImportOnStart", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The scheduler runs once when the host starts (before the seed) and then only when a test asks for it: at the
        // default 5 s it would withdraw the seed's expired campaign at a moment no test controls, adding a feed row, a
        // webhook delivery or a new ETag in the middle of a test that reads them. Scheduling tests set their own interval.
        builder.UseSetting("Editor:SchedulerInterval", "01:00:00");
        if (Environment.GetEnvironmentVariable(AllOnPostgresVariable) == "1")
        {
            _postgres ??= TemporaryPostgresDatabase.Create();
            builder.UseSetting("Hub:DatabaseProvider", "postgres");
            builder.UseSetting("Hub:ConnectionString", _postgres.ConnectionString);
        }
    }

    /// <summary>Creates the server (migrating the database) and seeds the test content once.</summary>
    public async Task<HttpClient> CreateSeededClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SeedOnceAsync();
        return client;
    }

    public async Task SeedOnceAsync()
    {
        if (_seeded)
        {
            return;
        }
        await using var scope = Services.CreateAsyncScope();
        await TestContent.SeedAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>());
        _seeded = true;
    }

    public async Task WithDatabaseAsync(Func<HubDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background reader; the temp folder is cleaned by the OS.
        }
    }
}
