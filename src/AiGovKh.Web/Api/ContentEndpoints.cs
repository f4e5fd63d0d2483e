using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace AiGovKh.Web.Api;

/// <summary>Handlers of <c>/api/v1/content</c> and <c>/api/v1/courses</c>.</summary>
internal static class ContentEndpoints
{
    public static async Task<Results<ConditionalJson<ContentPage>, ValidationProblem>> ListAsync(
        HttpContext http,
        PublishedContent content,
        string? type,
        string? audience,
        string? topic,
        string? organisation,
        string? locale,
        string? updatedSince,
        string? page,
        string? pageSize,
        CancellationToken ct)
    {
        var p = new ApiParameters();
        var served = p.Locale(locale, http);
        var filter = new ContentFilter(
            p.Type(type),
            p.Audience(audience),
            p.Key("topic", topic),
            p.Key("organisation", organisation),
            p.Instant("updatedSince", updatedSince));
        var size = p.Int("pageSize", pageSize, ApiOptions.DefaultPageSize, 1, ApiOptions.MaxPageSize);
        var number = p.Int("page", page, 1, 1, 1_000_000);
        if (p.HasErrors)
        {
            return p.Problem();
        }

        var all = await content.ListingAsync(filter, served, ct);
        var pageCount = Math.Max(1, (all.Count + size - 1) / size);
        var mapping = ContentApi.Mapping(http);
        var items = all.Skip((number - 1) * size).Take(size).Select(i => mapping.Summary(i, served)).ToList();

        http.Response.Headers["X-Total-Count"] = all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.Link = PagingLinks(http, number, pageCount);
        var lastModified = all.Count == 0 ? (DateTimeOffset?)null : all.Max(i => i.PublishedAt);
        return new ConditionalJson<ContentPage>(
            new ContentPage(served, number, size, all.Count, pageCount, items), lastModified, ContentApi.ListCache, served);
    }

    public static async Task<Results<ConditionalJson<ContentDetail>, ValidationProblem, ProblemHttpResult>> GetAsync(
        HttpContext http, PublishedContent content, string slug, string? locale, CancellationToken ct)
    {
        var p = new ApiParameters();
        var requested = p.Locale(locale, http);
        if (p.HasErrors)
        {
            return p.Problem();
        }
        if (!Slugs.IsValid(slug) || await content.FindBySlugAsync(slug, requested, ct) is not { } item)
        {
            return ContentApi.NotFound($"No published item has the slug '{slug}'.");
        }
        return await DetailAsync(http, content, item, ct);
    }

    public static async Task<Results<ConditionalJson<CourseDetail>, ValidationProblem, ProblemHttpResult>> GetCourseAsync(
        HttpContext http, PublishedContent content, string slug, string? locale, CancellationToken ct)
    {
        var p = new ApiParameters();
        var requested = p.Locale(locale, http);
        if (p.HasErrors)
        {
            return p.Problem();
        }
        if (!Slugs.IsValid(slug) || await content.FindAsync(ContentType.Course, slug, requested, ct) is not { } course)
        {
            return ContentApi.NotFound($"No published course has the slug '{slug}'.");
        }
        var detail = await DetailAsync(http, content, course, ct);
        var lessons = (await content.ListingAsync(new ContentFilter(ContentType.Lesson), requested, ct))
            .Where(l => l.CourseSlug == slug)
            .OrderBy(l => l.Position ?? int.MaxValue).ThenBy(l => l.Slug, StringComparer.Ordinal)
            .ToList();
        var mapping = ContentApi.Mapping(http);
        var lastModified = lessons.Select(l => l.PublishedAt).Append(detail.Value.Revision.PublishedAt).Max();
        return new ConditionalJson<CourseDetail>(
            new CourseDetail(detail.Value, lessons.Select(l => mapping.Summary(l, requested)).ToList()),
            lastModified, ContentApi.ListCache, detail.Value.Locale);
    }

    private static async Task<ConditionalJson<ContentDetail>> DetailAsync(HttpContext http, PublishedContent content, PublishedItem item, CancellationToken ct)
    {
        var requested = item.RequestedLocale;
        ItemSummary? course = null;
        var neighbours = new LessonNeighbours(null, null);
        if (item.Item.Course is { } parent)
        {
            course = await content.FindSummaryAsync(parent.Slug, requested, ct);
            if (course is not null)
            {
                neighbours = PublishedContent.Neighbours(await content.LessonsAsync(course.Id, requested, ct), item.Item.Id);
            }
        }
        var detail = ContentApi.Mapping(http).Detail(item, course, neighbours);
        var lastModified = new[] { item.Revision.PublishedAt, course?.PublishedAt, neighbours.Previous?.PublishedAt, neighbours.Next?.PublishedAt }
            .Where(d => d is not null).Max();
        return new ConditionalJson<ContentDetail>(detail, lastModified, ContentApi.ListCache, detail.Locale);
    }

    /// <summary>RFC 8288 links to the first, previous, next and last pages, keeping every other query parameter.</summary>
    private static string PagingLinks(HttpContext http, int page, int pageCount)
    {
        var origin = PublicOrigin.Of(http);
        string Url(int target)
        {
            var query = http.Request.Query
                .Where(q => q.Key != "page")
                .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
            query["page"] = target.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return QueryHelpers.AddQueryString(origin + http.Request.Path, query);
        }
        var links = new List<string> { $"<{Url(1)}>; rel=\"first\"" };
        if (page > 1)
        {
            links.Add($"<{Url(Math.Min(page - 1, pageCount))}>; rel=\"prev\"");
        }
        if (page < pageCount)
        {
            links.Add($"<{Url(page + 1)}>; rel=\"next\"");
        }
        links.Add($"<{Url(pageCount)}>; rel=\"last\"");
        return string.Join(", ", links);
    }
}
