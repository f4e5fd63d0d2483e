namespace AiGovKh.Search.Querying;

/// <summary>How a search went, so pages and the API can answer in words rather than with an empty list.</summary>
public enum SearchOutcome
{
    /// <summary>The query ran; <see cref="SearchResults.Total"/> may still be zero.</summary>
    Ok,
    /// <summary>Nothing was typed.</summary>
    EmptyQuery,
    /// <summary>Something was typed but nothing searchable is left (only punctuation or stop words).</summary>
    NoSearchableWords,
}

/// <summary>One page of results with facet counts.</summary>
public sealed record SearchResults(
    string Query,
    SearchOutcome Outcome,
    bool Truncated,
    long Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<Facet> Facets,
    bool IndexRebuilding)
{
    /// <summary>Where the search spent its time (diagnostics; not part of the answer).</summary>
    public SearchStages Stages { get; init; }

    public int PageCount => Total == 0 ? 0 : (int)Math.Min((Total + PageSize - 1) / PageSize, SearchRequest.MaxResultWindow / PageSize);
}

/// <summary>One result: an item in one locale.</summary>
public sealed record SearchHit(
    string Slug,
    string Locale,
    string Type,
    string Title,
    string Url,
    string Summary,
    string Organisation,
    string OrganisationName,
    IReadOnlyList<string> Audiences,
    DateTimeOffset? PublishedAt,
    Highlighting.Snippet Snippet,
    float Score);

/// <summary>Counts of one facet dimension (type, audience, organisation or locale).</summary>
public sealed record Facet(string Field, string? Selected, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, int Count, bool Selected);
