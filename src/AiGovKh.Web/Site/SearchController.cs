using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Search;
using AiGovKh.Search.Indexing;
using AiGovKh.Search.Querying;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

/// <summary><c>/{locale}/search?q=…</c>: results, facets and paging rendered on the server (no JavaScript needed).</summary>
public sealed class SearchController(
    SearchIndex index,
    HubDbContext db,
    IStringLocalizer<SearchText> text,
    IStringLocalizer<SiteText> site) : SiteController(site)
{
    /// <summary>Query keys of the page's filters by index field (the route already uses "locale" for the reader's language).</summary>
    private static readonly Dictionary<string, string> FilterKeys = new()
    {
        [SearchFields.Type] = "type",
        [SearchFields.Audience] = "audience",
        [SearchFields.Organisation] = "organisation",
        [SearchFields.Locale] = "language",
    };

    [HttpGet("/{locale:locale}/search")]
    [OutputCache(PolicyName = SearchCachePolicy.Name)]
    public async Task<IActionResult> Index(string? q, string? type, string? audience, string? organisation, string? language, string? page, CancellationToken ct)
    {
        var filters = new Dictionary<string, string>();
        if (type is not null && ItemPaths.TryParseType(type, out _)) filters["type"] = type;
        if (audience is not null && AudienceTiers.TryParse(audience, out var tier)) filters["audience"] = tier.Key();
        if (!string.IsNullOrWhiteSpace(organisation) && organisation.Length <= 64) filters["organisation"] = organisation.Trim();
        if (language is not null && Locales.IsSupported(language)) filters["language"] = language;
        int pageNumber = int.TryParse(page, out var p) ? Math.Max(1, p) : 1;

        var results = index.Queries.Search(new SearchRequest(q, Locale)
        {
            Type = filters.GetValueOrDefault("type"),
            Audience = filters.GetValueOrDefault("audience"),
            Organisation = filters.GetValueOrDefault("organisation"),
            Locale = filters.GetValueOrDefault("language"),
            Page = pageNumber,
        });
        // Organisation names follow the page's language, not the hit's (a Khmer hit on /en names its ministry in English).
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Slug, o => o.Name(Locale), ct);

        return View("Index", new SearchPage
        {
            Locale = Locale,
            Title = results.Query.Length == 0 ? text["Title"] : text["TitleFor", results.Query],
            Query = results.Query,
            Outcome = results.Outcome switch
            {
                SearchOutcome.EmptyQuery => "emptyQuery",
                SearchOutcome.NoSearchableWords => "noSearchableWords",
                _ => "ok",
            },
            Truncated = results.Truncated,
            MaxQueryLength = SearchRequest.MaxTextLength,
            Total = results.Total,
            Page = results.Page,
            PageCount = results.PageCount,
            IndexRebuilding = results.IndexRebuilding,
            Filters = filters,
            Hits = results.Hits.Select(h => new SearchPageHit(h.Title, h.Url, h.Type, h.Locale, organisations.GetValueOrDefault(h.Organisation, h.OrganisationName), h.Snippet.ToHtml())).ToList(),
            Facets = results.Facets.Select(f => new SearchPageFacet(
                FilterKeys[f.Field],
                text["Facet_" + f.Field],
                f.Values.Select(v => new SearchPageFacetValue(v.Value, Label(f.Field, v.Value, organisations), v.Count, v.Selected)).ToList()))
                .Where(f => f.Values.Count > 0)
                .ToList(),
        });
    }

    private string Label(string field, string value, Dictionary<string, string> organisations) => field switch
    {
        SearchFields.Type when ItemPaths.TryParseType(value, out var type) => Text["Type_" + type],
        SearchFields.Audience => Text["Tier_" + value],
        SearchFields.Organisation => organisations.GetValueOrDefault(value, value),
        SearchFields.Locale => Text["LanguageName_" + value],
        _ => value,
    };
}
