using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Downloads;

/// <summary>A built download: the cached file, its strong ETag and the name it is saved under.</summary>
public sealed record DownloadFile(FileInfo File, string ETag, string DownloadName, string ContentType);

/// <summary>Lesson and course packs and PDFs, each built once per published revision set and cached as a derived file.</summary>
public sealed partial class TeacherPacks(PackSource source, DerivedFiles files, PackAssetsSource assets, PdfPrinter pdf)
{
    public async Task<DownloadFile?> LessonPackAsync(string slug, string locale, string origin, CancellationToken ct)
    {
        if (await source.LessonKeyAsync(slug, locale, ct) is not { } key)
        {
            return null;
        }
        key += "|" + origin;
        string? title = null;
        var file = await files.GetOrBuildAsync(key, ".zip", async token =>
        {
            var lesson = await source.LessonAsync(slug, locale, origin, token);
            title = lesson?.Title;
            return lesson is null ? null : LessonPack.BuildLesson(lesson, assets.Assets);
        }, ct);
        return file is null ? null : new DownloadFile(file, ETag(key), $"{slug}.{locale}.zip", "application/zip");
    }

    public async Task<DownloadFile?> CoursePackAsync(string slug, string origin, CancellationToken ct)
    {
        if (await source.CourseKeyAsync(slug, ct) is not { } key)
        {
            return null;
        }
        key += "|" + origin;
        var file = await files.GetOrBuildAsync(key, ".zip", async token =>
        {
            var course = await source.CourseAsync(slug, origin, token);
            if (course is null)
            {
                return null;
            }
            var newest = course.Lessons.SelectMany(l => l).Select(l => l.PublishedAt).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
            return LessonPack.BuildCourse(course, assets.Assets, newest);
        }, ct);
        return file is null ? null : new DownloadFile(file, ETag(key), $"{slug}.zip", "application/zip");
    }

    /// <summary>The PDF of a lesson (one locale) or a course (the reader's locale), printed by Chromium from the pack's offline page.</summary>
    public async Task<DownloadFile?> PdfAsync(ContentType type, string slug, string locale, string origin, CancellationToken ct)
    {
        if (!pdf.Enabled)
        {
            return null;
        }
        var key = type == ContentType.Lesson ? await source.LessonKeyAsync(slug, locale, ct) : await source.CourseKeyAsync(slug, ct);
        if (key is null)
        {
            return null;
        }
        key += "|pdf|" + locale + "|" + origin;
        var file = await files.GetOrBuildAsync(key, ".pdf", async token =>
        {
            var zip = type == ContentType.Lesson
                ? await LessonPackAsync(slug, locale, origin, token)
                : await CoursePackAsync(slug, origin, token);
            if (zip is null)
            {
                return null;
            }
            var page = type == ContentType.Lesson ? "index.html" : "print-" + locale + ".html";
            return await pdf.PrintPackAsync(zip.File.FullName, page, token);
        }, ct);
        return file is null ? null : new DownloadFile(file, ETag(key), $"{slug}.{locale}.pdf", "application/pdf");
    }

    /// <summary>The size of a PDF already built (PDFs are built in the background; the link shows a size once there is one).</summary>
    public async Task<long?> BuiltPdfSizeAsync(ContentType type, string slug, string locale, string origin, CancellationToken ct)
    {
        var key = type == ContentType.Lesson ? await source.LessonKeyAsync(slug, locale, ct) : await source.CourseKeyAsync(slug, ct);
        return key is null ? null : files.Find(key + "|pdf|" + locale + "|" + origin, ".pdf")?.Length;
    }

    private static string ETag(string key) => "\"" + DerivedFiles.Hash(key)[..32] + "\"";
}
