using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace AiGovKh.Web.Api;

/// <summary>
/// Output cache for content API answers, keyed also on the NEGOTIATED locale, so an
/// Accept-Language: en request is never answered from a Khmer entry.
/// </summary>
internal sealed class ApiCachePolicy : PublicAnswerCachePolicy
{
    public const string Name = "ContentApi";

    protected override void VaryBy(OutputCacheContext context)
    {
        var request = context.HttpContext.Request;
        context.CacheVaryByRules.VaryByValues["locale"] = LocaleNegotiation.Choose(
            request.Query["locale"].ToString() is { Length: > 0 } locale ? locale : null, request.Headers.AcceptLanguage);
    }
}
