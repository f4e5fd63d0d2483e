using AiGovKh.Search.Indexing;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace AiGovKh.Web.Api;

/// <summary>
/// Output cache for search answers (the API and the page): keyed on path, every query parameter and the
/// index's <see cref="SearchIndex.Generation"/>, so an answer is never served once the index has moved on
/// (the index is updated after the change feed moves, so evicting on the feed alone could keep an answer
/// computed just before the index caught up). Tagged with the public-page tag (evicted when the feed moves),
/// expired after a minute, and bypassed by any request that carries credentials.
/// </summary>
internal sealed class SearchCachePolicy : IOutputCachePolicy
{
    public const string Name = "Search";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && !ApiCachePolicy.HasCredentials(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(60);
        context.CacheVaryByRules.QueryKeys = "*";
        var index = http.RequestServices.GetRequiredService<SearchIndex>();
        context.CacheVaryByRules.VaryByValues["index"] = index.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Tags.Add(PublicPageCachePolicy.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
