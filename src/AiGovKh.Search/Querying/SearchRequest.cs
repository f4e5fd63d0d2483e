namespace AiGovKh.Search.Querying;

/// <summary>
/// A reader's search: the text as typed, the reader's language (preferred in ranking),
/// optional facet filters and a 1-based page.
/// </summary>
public sealed record SearchRequest(string? Text, string ReaderLocale)
{
    public const int MaxTextLength = 200;
    public const int MaxPageSize = 50;
    public const int MaxResultWindow = 1000;

    public string? Locale { get; init; }
    public string? Type { get; init; }
    public string? Audience { get; init; }
    public string? Organisation { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    /// <summary>Build highlighted snippets (the costliest part of a results page); off for counts-only callers.</summary>
    public bool Snippets { get; init; } = true;

    internal string? FilterOf(string field) => field switch
    {
        SearchFields.Locale => Locale,
        SearchFields.Type => Type,
        SearchFields.Audience => Audience,
        SearchFields.Organisation => Organisation,
        _ => null,
    };
}
