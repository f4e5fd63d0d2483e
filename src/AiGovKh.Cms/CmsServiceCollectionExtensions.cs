using AiGovKh.Cms.Import;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiGovKh.Cms;

public static class CmsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CMS: <see cref="HubDbContext"/> (SQLite file <c>{DataDirectory}/hub.db</c>, or PostgreSQL when
    /// <see cref="HubOptions.DatabaseProvider"/> is "postgres", served by <see cref="PostgresHubDbContext"/>), <see cref="MarkdownRenderer"/>, <see cref="RevisionRenderer"/>, <see cref="ContentReader"/>,
    /// <see cref="ContentImporter"/>, <see cref="PublishingService"/>, <see cref="MediaStore"/>, <see cref="ImageVariants"/>,
    /// <see cref="TimeProvider"/> (unless one is registered), and the options as <see cref="HubOptions"/> and
    /// <c>IOptions&lt;HubOptions&gt;</c>. The options are validated here; invalid settings throw at start.
    /// Call <see cref="HubDatabase.MigrateAsync(IServiceProvider, CancellationToken)"/> once before serving.
    /// </summary>
    public static IServiceCollection AddHubCms(this IServiceCollection services, HubOptions options)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(HubOptions.Section, typeof(HubOptions), errors);
        }
        services.AddSingleton(options);
        services.AddSingleton(Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);

        if (options.DatabaseProvider == HubOptions.Postgres)
        {
            // Same model, own migration set: consumers ask for HubDbContext either way.
            services.AddDbContext<HubDbContext, PostgresHubDbContext>(builder => ConfigureDatabase(builder, options));
        }
        else
        {
            services.AddDbContext<HubDbContext>(builder => ConfigureDatabase(builder, options));
        }

        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<RevisionRenderer>();
        services.AddSingleton<ContentReader>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<PublishingService>();
        services.AddScoped<MediaStore>();
        services.AddScoped<ImageVariants>();
        return services;
    }

    /// <summary>The same, configuring a fresh <see cref="HubOptions"/> in code.</summary>
    public static IServiceCollection AddHubCms(this IServiceCollection services, Action<HubOptions> configure)
    {
        var options = new HubOptions();
        configure(options);
        return services.AddHubCms(options);
    }

    /// <summary>Points a context at the configured database; also used by tests and tools that build a context by hand.</summary>
    public static DbContextOptionsBuilder ConfigureDatabase(DbContextOptionsBuilder builder, HubOptions options)
    {
        if (options.DatabaseProvider == HubOptions.Postgres)
        {
            return builder
                .UseNpgsql(options.ConnectionString)
                .AddInterceptors(new ChangeFeedCommitOrder());
        }
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(options.SqliteFile),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return builder
            .UseSqlite(connection.ToString())
            .AddInterceptors(new SqlitePragmas(busyTimeoutMilliseconds: 10_000));
    }
}
