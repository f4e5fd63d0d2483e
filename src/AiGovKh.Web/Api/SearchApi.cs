using AiGovKh.Cms.Content;
using AiGovKh.Search;
using AiGovKh.Search.Indexing;
using AiGovKh.Search.Querying;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Api;

/// <summary><c>GET /api/v1/search</c>: the search page's results, facets and paging as JSON.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/search").WithTags("Search").CacheOutput(SearchCachePolicy.Name);
        group.MapGet("/", Search)
            .WithName("Search")
            .WithSummary("Search published content in Khmer and English")
            .WithDescription("Full-text search with Khmer word segmentation. Filters: locale, type, audience, organisation. " +
                "Results carry a highlighted HTML snippet (matches in <mark>), facet counts and paging.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // page and pageSize are read as text and checked here; tell clients they are bounded integers.
                foreach (var parameter in operation.Parameters?.OfType<Microsoft.OpenApi.OpenApiParameter>() ?? [])
                {
                    parameter.Schema = parameter.Name switch
                    {
                        // With the default 10 a page; page × pageSize may not pass the result window.
                        "page" => IntegerSchema(1, SearchRequest.MaxResultWindow / 10),
                        "pageSize" => IntegerSchema(1, SearchRequest.MaxPageSize),
                        _ => parameter.Schema,
                    };
                }
                return Task.CompletedTask;
            });
        return group;
    }

    private static Microsoft.OpenApi.OpenApiSchema IntegerSchema(int minimum, int maximum) => new()
    {
        Type = Microsoft.OpenApi.JsonSchemaType.Integer,
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static Results<Ok<SearchResponse>, ValidationProblem> Search(
        SearchIndex index,
        string? q,
        string? locale,
        string? type,
        string? audience,
        string? organisation,
        string? lang,
        string? page,
        string? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        // Taken as text so a non-number gets the same problem answer as any other bad value (not a bare 400).
        int? pageNumber = WholeNumber(page, "page", errors);
        int? size = WholeNumber(pageSize, "pageSize", errors);
        if (locale is not null && !Locales.IsSupported(locale)) errors["locale"] = ["Use \"km\" or \"en\"."];
        if (lang is not null && !Locales.IsSupported(lang)) errors["lang"] = ["Use \"km\" or \"en\"."];
        if (type is not null && !Enum.TryParse<ContentType>(type, ignoreCase: true, out _))
            errors["type"] = [$"Use one of: {string.Join(", ", Enum.GetNames<ContentType>().Select(n => n.ToLowerInvariant()))}."];
        if (audience is not null && !AudienceTiers.TryParse(audience, out _))
            errors["audience"] = [$"Use one of: {string.Join(", ", AudienceTiers.All.Select(t => t.Key()))}."];
        if (pageNumber is < 1) errors["page"] = ["Pages start at 1."];
        if (size is < 1 or > SearchRequest.MaxPageSize) errors["pageSize"] = [$"Use 1 to {SearchRequest.MaxPageSize}."];
        if (pageNumber is > 0 && (long)pageNumber.Value * (size ?? 10) > SearchRequest.MaxResultWindow)
            errors["page"] = [$"Only the first {SearchRequest.MaxResultWindow} results can be paged through; refine the query."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The search request has invalid parameters.");

        var request = new SearchRequest(q, lang ?? locale ?? Locales.Khmer)
        {
            Locale = locale,
            Type = type?.ToLowerInvariant(),
            Audience = audience?.ToLowerInvariant(),
            Organisation = organisation,
            Page = pageNumber ?? 1,
            PageSize = size ?? 10,
        };
        return TypedResults.Ok(SearchResponse.From(index.Queries.Search(request)));
    }

    private static int? WholeNumber(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (value is null) return null;
        if (int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)) return number;
        errors[name] = ["Use a whole number."];
        return null;
    }
}

/// <summary>The JSON shape of a search answer.</summary>
public sealed record SearchResponse(
    string Query,
    string Outcome,
    bool Truncated,
    long Total,
    int Page,
    int PageSize,
    int PageCount,
    bool IndexRebuilding,
    IReadOnlyList<SearchResponseItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchResponse From(SearchResults results) => new(
        results.Query,
        results.Outcome switch
        {
            SearchOutcome.EmptyQuery => "emptyQuery",
            SearchOutcome.NoSearchableWords => "noSearchableWords",
            _ => "ok",
        },
        results.Truncated,
        results.Total,
        results.Page,
        results.PageSize,
        results.PageCount,
        results.IndexRebuilding,
        results.Hits.Select(h => new SearchResponseItem(
            h.Slug, h.Locale, h.Type, h.Title, h.Url, h.Summary,
            new SearchResponseOrganisation(h.Organisation, h.OrganisationName),
            h.Audiences, h.PublishedAt, h.Snippet.ToHtml(), h.Score)).ToList(),
        results.Facets.ToDictionary(f => f.Field, f => f.Values));
}

public sealed record SearchResponseItem(
    string Slug,
    string Locale,
    string Type,
    string Title,
    string Url,
    string Summary,
    SearchResponseOrganisation Organisation,
    IReadOnlyList<string> Audiences,
    DateTimeOffset? PublishedAt,
    string Snippet,
    float Score);

public sealed record SearchResponseOrganisation(string Slug, string Name);
