namespace AiGovKh.Cms.Content;

/// <summary>
/// The one rule for what the public may see: a published revision of an item that is not deleted,
/// whose scheduled publish time has come and whose expiry has not. The site, the API, downloads and
/// the search index all read through it, so no surface can leak a draft or an expired item.
/// </summary>
public static class LiveRevisions
{
    public static IQueryable<Revision> Live(this IQueryable<Revision> revisions, DateTimeOffset now) =>
        revisions.Where(r =>
            r.State == RevisionState.Published
            && r.ContentItem.DeletedAt == null
            && (r.PublishAt == null || r.PublishAt <= now)
            && (r.ExpiresAt == null || r.ExpiresAt > now));
}
