using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace AiGovKh.Web.Infrastructure.Caching;

/// <summary>
/// What every cached public answer shares: GET/HEAD only, never for a request that carries credentials,
/// keyed on path and every query parameter (plus what <see cref="VaryBy"/> adds), tagged so that a move of
/// the change feed evicts it, expired after a minute (scheduled publish and expiry change what is live
/// without a request), and stored only for a 200 that sets no cookie. Public pages, the content API and
/// search each derive from it and add only their own key.
/// </summary>
internal abstract class PublicAnswerCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var cacheable = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && !HasCredentials(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(60);
        context.CacheVaryByRules.QueryKeys = "*";
        VaryBy(context);
        context.Tags.Add(PublicPageCachePolicy.Tag);
        return ValueTask.CompletedTask;
    }

    /// <summary>Adds the policy's own cache-key values.</summary>
    protected abstract void VaryBy(OutputCacheContext context);

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

    internal static bool HasCredentials(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true || !StringValues.IsNullOrEmpty(http.Request.Headers.Authorization))
        {
            return true;
        }
        // Belt and braces: a sign-in cookie means a signed-in user even if authentication has not run yet.
        foreach (var cookie in http.Request.Cookies)
        {
            if (cookie.Key.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal) || cookie.Key.StartsWith(".AspNetCore.Cookies", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
