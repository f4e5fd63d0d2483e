using AiGovKh.Cms.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Support;

/// <summary>A hub with its own temporary data directory and SQLite file; nothing is shared between tests.</summary>
public sealed class TestHub : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestHub(ServiceProvider services, HubOptions options)
    {
        _services = services;
        Options = options;
    }

    public HubOptions Options { get; }
    public IServiceProvider Services => _services;

    public static async Task<TestHub> StartAsync(Action<IServiceCollection>? configure = null, Action<HubOptions>? options = null)
    {
        var hubOptions = new HubOptions { DataDirectory = TempDirectory.Create("hub-data") };
        options?.Invoke(hubOptions);
        var services = new ServiceCollection();
        services.AddHubCms(hubOptions);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await HubDatabase.MigrateAsync(provider, TestContext.Current.CancellationToken);
        return new TestHub(provider, hubOptions);
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> with a fresh scope (a fresh DbContext), as one request would.</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<HubDbContext, Task<T>> query) =>
        WithAsync(sp => query(sp.GetRequiredService<HubDbContext>()));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempDirectory.Delete(Options.DataDirectory);
    }
}

public static class TempDirectory
{
    public static string Create(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "aigovkh-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}

public static class DbContextExtensions
{
    public static Task<int> CountAsync<T>(this HubDbContext db) where T : class => db.Set<T>().CountAsync();
}
