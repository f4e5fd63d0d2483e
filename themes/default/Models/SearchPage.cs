using System.Text;

namespace AiGovKh.Themes.Default.Models;

/// <summary>The search page: what was asked, one page of results, facets to narrow them, paging.</summary>
public sealed class SearchPage : SitePage
{
    public string Query { get; init; } = "";

    /// <summary>"ok", "emptyQuery" or "noSearchableWords".</summary>
    public string Outcome { get; init; } = "emptyQuery";

    public bool Truncated { get; init; }
    public int MaxQueryLength { get; init; }
    public long Total { get; init; }
    public int Page { get; init; } = 1;
    public int PageCount { get; init; }
    public bool IndexRebuilding { get; init; }
    public IReadOnlyList<SearchPageHit> Hits { get; init; } = [];
    public IReadOnlyList<SearchPageFacet> Facets { get; init; } = [];

    /// <summary>The active filters by facet field (type, audience, organisation, locale).</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    public override string PathIn(string locale) => Link(locale, Filters, 1);

    /// <summary>This search with one filter set (or cleared when <paramref name="value"/> is null), back on page 1.</summary>
    public string WithFilter(string field, string? value)
    {
        var filters = new Dictionary<string, string>(Filters);
        if (value is null) filters.Remove(field);
        else filters[field] = value;
        return Link(Locale, filters, 1);
    }

    public string ForPage(int page) => Link(Locale, Filters, page);

    private string Link(string locale, IReadOnlyDictionary<string, string> filters, int page)
    {
        var url = new StringBuilder(SitePaths.Search(locale));
        char separator = '?';
        void Add(string key, string value)
        {
            url.Append(separator).Append(key).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        if (Query.Length > 0) Add("q", Query);
        foreach (var (key, value) in filters.OrderBy(f => f.Key, StringComparer.Ordinal)) Add(key, value);
        if (page > 1) Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return url.ToString();
    }
}

/// <summary>One result; <see cref="SnippetHtml"/> is already HTML-encoded, with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchPageHit(string Title, string Url, string Type, string Locale, string OrganisationName, string SnippetHtml);

/// <summary>A facet: its field, its heading, and values with counts.</summary>
public sealed record SearchPageFacet(string Field, string Heading, IReadOnlyList<SearchPageFacetValue> Values);

public sealed record SearchPageFacetValue(string Value, string Label, int Count, bool Selected);
