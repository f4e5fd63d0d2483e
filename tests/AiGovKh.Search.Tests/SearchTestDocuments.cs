using AiGovKh.Search.Indexing;

namespace AiGovKh.Search.Tests;

/// <summary>Small bilingual documents built in the tests.</summary>
internal static class SearchTestDocuments
{
    public static SearchDocument Km(string slug, string title, string body, string type = "lesson",
        string organisation = "mptc", string[]? audiences = null, string summary = "") =>
        new(slug, "km", type, organisation, organisation.ToUpperInvariant(), audiences ?? ["public"],
            $"/km/{type}s/{slug}", title, summary, body, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public static SearchDocument En(string slug, string title, string body, string type = "lesson",
        string organisation = "mptc", string[]? audiences = null, string summary = "") =>
        new(slug, "en", type, organisation, organisation.ToUpperInvariant(), audiences ?? ["public"],
            $"/en/{type}s/{slug}", title, summary, body, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    public static SearchIndex IndexOf(params SearchDocument[] docs)
    {
        var index = SearchIndex.InMemory();
        foreach (var group in docs.GroupBy(d => d.Slug)) index.Upsert(group.Key, group.ToList());
        index.Commit(1);
        return index;
    }
}
