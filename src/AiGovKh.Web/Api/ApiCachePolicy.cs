using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace AiGovKh.Web.Api;

/// <summary>
/// Output cache for API answers: keyed on path, every query parameter and the NEGOTIATED locale (so an
/// Accept-Language: en request is never answered from a Khmer entry), tagged so that a move of the change
/// feed evicts everything, and bypassed by any request that carries credentials. Entries also expire after a
/// minute, because scheduled publishing and expiry change what is live without a request.
/// </summary>
internal sealed class ApiCachePolicy : IOutputCachePolicy
{
    public const string Name = "ContentApi";

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
        context.CacheVaryByRules.VaryByValues["locale"] = LocaleNegotiation.Choose(http.Request.Query["locale"].ToString() is { Length: > 0 } l ? l : null, http.Request.Headers.AcceptLanguage);
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

    internal static bool HasCredentials(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated == true || !StringValues.IsNullOrEmpty(http.Request.Headers.Authorization))
        {
            return true;
        }
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
