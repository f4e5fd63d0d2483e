using AiGovKh.Search.Indexing;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace AiGovKh.Web.Api;

/// <summary>
/// Output cache for search answers (the API and the page), keyed also on the index's
/// <see cref="SearchIndex.Generation"/>, so an answer is never served once the index has moved on (the
/// index is updated after the change feed moves, so evicting on the feed alone could keep an answer
/// computed just before the index caught up).
/// </summary>
internal sealed class SearchCachePolicy : PublicAnswerCachePolicy
{
    public const string Name = "Search";

    protected override void VaryBy(OutputCacheContext context)
    {
        var index = context.HttpContext.RequestServices.GetRequiredService<SearchIndex>();
        context.CacheVaryByRules.VaryByValues["index"] = index.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
