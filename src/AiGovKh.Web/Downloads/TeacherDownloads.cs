using AiGovKh.Cms.Content;
using AiGovKh.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AiGovKh.Web.Downloads;

/// <summary>Composition of the teacher downloads: print views, lesson and course packs, PDFs.</summary>
public static class TeacherDownloads
{
    public static IServiceCollection AddTeacherDownloads(this IServiceCollection services)
    {
        services.AddOptions<DownloadOptions>().BindConfiguration(DownloadOptions.Section)
            .Validate(o => o.PrebuildIntervalSeconds > 0 && o.PdfTimeoutSeconds > 0, "Downloads:PrebuildIntervalSeconds and PdfTimeoutSeconds must be positive.").ValidateOnStart();
        services.AddSingleton<DownloadLinkBuilder>();
        services.AddSingleton<DerivedFiles>();
        services.AddSingleton<PackAssetsSource>();
        services.AddSingleton<PdfPrinter>();
        services.AddSingleton<PdfOrigins>();
        services.AddScoped<PackSource>();
        services.AddScoped<TeacherPacks>();
        services.AddHostedService<PdfPrebuilder>();
        return services;
    }

    /// <summary><c>/{locale}/lessons/{slug}/pack.zip|lesson.pdf</c> and <c>/{locale}/courses/{slug}/pack.zip|course.pdf</c>.</summary>
    public static IEndpointRouteBuilder MapTeacherDownloads(this IEndpointRouteBuilder app)
    {
        app.MapServiceWorker();
        var downloads = app.MapGroup("/{locale:locale}").ExcludeFromDescription();
        downloads.MapMethods("/lessons/{slug}/pack.zip", ["GET", "HEAD"], (string locale, string slug, HttpContext http, TeacherPacks packs, CancellationToken ct) =>
            ServeAsync(http, Slugs.IsValid(slug) ? packs.LessonPackAsync(slug, locale, PublicOrigin.Of(http), ct) : Task.FromResult<DownloadFile?>(null)));
        downloads.MapMethods("/courses/{slug}/pack.zip", ["GET", "HEAD"], (string slug, HttpContext http, TeacherPacks packs, CancellationToken ct) =>
            ServeAsync(http, Slugs.IsValid(slug) ? packs.CoursePackAsync(slug, PublicOrigin.Of(http), ct) : Task.FromResult<DownloadFile?>(null)));
        downloads.MapMethods("/lessons/{slug}/lesson.pdf", ["GET", "HEAD"], (string locale, string slug, HttpContext http, TeacherPacks packs, CancellationToken ct) =>
            ServeAsync(http, Slugs.IsValid(slug) ? packs.PdfAsync(ContentType.Lesson, slug, locale, PublicOrigin.Of(http), ct) : Task.FromResult<DownloadFile?>(null)));
        downloads.MapMethods("/courses/{slug}/course.pdf", ["GET", "HEAD"], (string locale, string slug, HttpContext http, TeacherPacks packs, CancellationToken ct) =>
            ServeAsync(http, Slugs.IsValid(slug) ? packs.PdfAsync(ContentType.Course, slug, locale, PublicOrigin.Of(http), ct) : Task.FromResult<DownloadFile?>(null)));
        return app;
    }

    private static async Task<IResult> ServeAsync(HttpContext http, Task<DownloadFile?> build)
    {
        if (await build is not { } download)
        {
            return TypedResults.NotFound();
        }
        var disposition = new ContentDispositionHeaderValue("attachment");
        // filename* (RFC 6266/5987, UTF-8) with a plain ASCII filename beside it for old clients.
        disposition.SetHttpFileName(download.DownloadName);
        disposition.FileNameStar = download.DownloadName;
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.PhysicalFile(
            download.File.FullName,
            download.ContentType,
            lastModified: download.File.LastWriteTimeUtc,
            entityTag: EntityTagHeaderValue.Parse(download.ETag),
            enableRangeProcessing: true);
    }
}
