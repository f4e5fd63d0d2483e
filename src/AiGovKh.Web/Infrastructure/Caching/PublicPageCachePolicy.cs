using Microsoft.AspNetCore.OutputCaching;

namespace AiGovKh.Web.Infrastructure.Caching;

/// <summary>
/// Caches public pages for anonymous readers only, per path and query (the locale is the first path
/// segment), tagged so that a move of the change feed evicts them all. Signed-in users (editors
/// previewing, admins) never read from or write to the cache.
/// </summary>
internal sealed class PublicPageCachePolicy : PublicAnswerCachePolicy
{
    public const string Name = "PublicPage";
    public const string Tag = "content";

    protected override void VaryBy(OutputCacheContext context)
    {
        // Path and query are the whole key: the reader's locale is the first path segment.
    }
}
