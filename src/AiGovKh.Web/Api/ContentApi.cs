using AiGovKh.Cms.Content;
using AiGovKh.Web.Downloads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Api;

/// <summary>
/// The read-only content API, <c>/api/v1</c>: published items, courses, organisations, the glossary
/// and the public change feed. Anonymous; nothing unpublished ever appears.
/// </summary>
public static class ContentApi
{
    public const string ListCache = "public, max-age=60, stale-while-revalidate=300";
    public const string ReferenceCache = "public, max-age=600";
    public const string ChangesCache = "no-cache";

    internal static IEndpointRouteBuilder MapContentRoutes(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .WithContentApiConventions()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/content", ContentEndpoints.ListAsync)
            .WithTags("Content").WithName("ListContent")
            .WithSummary("List published items")
            .WithDescription("Published items, newest first (slug breaks ties), filtered and paged. The `Link` header carries " +
                "`first`, `prev`, `next` and `last`; `X-Total-Count` the total. Items missing the requested locale are served " +
                "in the other one with `fallback: true`.");
        api.MapGet("/content/{slug}", ContentEndpoints.GetAsync)
            .WithTags("Content").WithName("GetContent")
            .WithSummary("One published item")
            .WithDescription("Everything needed to render the item without the site: text, sanitised HTML and Markdown, " +
                "objectives, questions, images with variants, attachments with SHA-256, links and downloads. " +
                "`Content-Language` is the locale actually served.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/courses/{slug}", ContentEndpoints.GetCourseAsync)
            .WithTags("Content").WithName("GetCourse")
            .WithSummary("A course with its lessons in order")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organisations", ReferenceEndpoints.OrganisationsAsync)
            .WithTags("Reference").WithName("ListOrganisations")
            .WithSummary("Organisations that own content");
        api.MapGet("/glossary", ReferenceEndpoints.GlossaryAsync)
            .WithTags("Reference").WithName("GetGlossary")
            .WithSummary("Glossary terms of all published items");
        api.MapGet("/changes", ChangesEndpoint.GetAsync)
            .WithTags("Sync").WithName("ListChanges")
            .WithSummary("Changes after a cursor, for incremental sync")
            .WithDescription("Start with `since=0`. Each item appears once, with its latest change after the cursor and its " +
                "state now: `published` (new to a client at this cursor), `updated` or `withdrawn` (unpublished, deleted or " +
                "expired: remove it). Keep `nextCursor` for the next call. Replaying from 0 ends with exactly the published set.");
        return app;
    }

    /// <summary>A 404 problem for a path parameter that names nothing published.</summary>
    internal static ProblemHttpResult NotFound(string what) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        detail: what,
        type: "https://ai.gov.kh/problems/not-found");

    internal static ContentMapping Mapping(HttpContext http) =>
        new(PublicOrigin.Of(http), http.RequestServices.GetRequiredService<DownloadLinkBuilder>());
}
