using System.Globalization;
using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Api;

/// <summary><c>/api/v1/changes?since=</c>: the public side of the change feed.</summary>
internal static class ChangesEndpoint
{
    public static async Task<Results<ConditionalJson<ChangeList>, ValidationProblem>> GetAsync(
        HttpContext http, PublishedContent content, string? since, string? limit, string? locale, CancellationToken ct)
    {
        var p = new ApiParameters();
        var requested = p.Locale(locale, http);
        var cursor = p.Cursor("since", since);
        var take = p.Int("limit", limit, ApiOptions.DefaultChangeLimit, 1, ApiOptions.MaxChangeLimit);
        if (!p.HasErrors && cursor > await content.FeedHeadAsync(ct))
        {
            p.Fail("since", "This cursor is ahead of the feed; start again from 0.");
        }
        if (p.HasErrors)
        {
            return p.Problem();
        }
        var changes = await content.ChangesAsync(cursor, take, ct);
        var mapping = ContentApi.Mapping(http);
        var list = changes.Changes
            .Select(c => new ChangeInfo(
                c.Sequence,
                c.Slug,
                c.Kind.ToString().ToLowerInvariant(),
                c.Type?.Key(),
                c.At,
                c.RevisionId,
                c.Kind == PublicChangeKind.Withdrawn ? null : mapping.ApiUrl(c.Slug, requested)))
            .ToList();
        var body = new ChangeList(
            cursor.ToString(CultureInfo.InvariantCulture),
            changes.NextCursor.ToString(CultureInfo.InvariantCulture),
            changes.HasMore,
            list);
        return new ConditionalJson<ChangeList>(body, null, ContentApi.ChangesCache, null);
    }
}
