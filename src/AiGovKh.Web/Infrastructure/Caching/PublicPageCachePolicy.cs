using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace AiGovKh.Web.Infrastructure.Caching;

/// <summary>
/// Caches public pages for anonymous readers only, per path and query (the locale is the first path
/// segment), tagged so that a move of the change feed evicts them all. Signed-in users (editors
/// previewing, admins) never read from or write to the cache.
/// </summary>
internal sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPage";
    public const string Tag = "content";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var cacheable = IsCacheable(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // Only plain successful pages; never a response that sets a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsCacheable(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        if (http.User.Identity?.IsAuthenticated == true || !StringValues.IsNullOrEmpty(request.Headers.Authorization))
        {
            return false;
        }
        // Belt and braces: a sign-in cookie means a signed-in user even if authentication has not run yet.
        foreach (var cookie in request.Cookies)
        {
            if (cookie.Key.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)
                || cookie.Key.StartsWith(".AspNetCore.Cookies", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
