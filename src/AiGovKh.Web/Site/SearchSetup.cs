using System.Text.Encodings.Web;
using System.Text.Unicode;
using AiGovKh.Cms;
using AiGovKh.Search.Indexing;
using AiGovKh.Web.Api;
using AiGovKh.Web.Indexing;
using AiGovKh.Web.Infrastructure.CommandLine;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Site;

public static class SearchSetup
{
    /// <summary>The search index (one per node), its indexer following the change feed, and the <c>reindex</c> verb.</summary>
    public static IServiceCollection AddHubSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section))
            .Validate(o => o.FeedPollInterval > TimeSpan.Zero && o.BatchSize > 0, "Search:FeedPollInterval and Search:BatchSize must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // Khmer in API answers as characters rather than \u escapes (a third of the bytes, and readable).
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(sp => SearchIndex.Open(IndexDirectory(sp)));
        // Search answers are cached per query and index generation (see SearchCachePolicy).
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(SearchCachePolicy.Name, new SearchCachePolicy()));
        services.AddScoped<SearchDocumentSource>();
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SearchIndexer>(sp));
        services.AddCommandLineVerb<ReindexVerb>();
        return services;
    }

    /// <summary><c>GET /api/v1/search</c> and the OpenSearch descriptions; the page itself is <see cref="SearchController"/>.</summary>
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapSearchApi();
        app.MapOpenSearchDescription();
        return app;
    }

    private static string IndexDirectory(IServiceProvider services)
    {
        var search = services.GetRequiredService<IOptions<SearchOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(search.IndexDirectory)) return Path.GetFullPath(search.IndexDirectory);
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        return Path.GetFullPath(Path.Combine(hub.DataDirectory, "index"));
    }
}
