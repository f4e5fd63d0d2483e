using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// The "for teachers" block under a lesson or course page: print view, pack with its size, PDF where Chromium
/// is configured. Building the pack here (once per published revision set) is what lets the link show its size.
/// </summary>
public sealed class TeacherDownloadsViewComponent(TeacherPacks packs, PdfPrinter pdf, PdfOrigins pdfOrigins, PublishedContent content) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(PublishedItem item, string locale)
    {
        var type = item.Item.Type;
        if (!DownloadPaths.HasDownloads(type))
        {
            return Content("");
        }
        var ct = HttpContext.RequestAborted;
        var origin = PublicOrigin.Of(HttpContext);
        var slug = item.Item.Slug;
        var pack = type == ContentType.Lesson
            ? await packs.LessonPackAsync(slug, item.Text.Locale, origin, ct)
            : await packs.CoursePackAsync(slug, origin, ct);
        if (pack is null)
        {
            return Content("");
        }
        if (pdf.Enabled)
        {
            // Tells the background builder which origin readers use, when Api:PublicBaseUrl does not say.
            pdfOrigins.Saw(origin);
        }
        var pdfSize = pdf.Enabled ? await packs.BuiltPdfSizeAsync(type, slug, locale, origin, ct) : null;
        IReadOnlyList<string> offline = type == ContentType.Course
            ? [ItemPaths.For(type, slug, locale), .. (await content.LessonsAsync(item.Item.Id, locale, ct)).Select(l => ItemPaths.For(ContentType.Lesson, l.Slug, locale))]
            : [];
        return View(new DownloadBlock(
            locale,
            type == ContentType.Course,
            DownloadPaths.Print(type, locale, slug),
            DownloadPaths.Pack(type, locale, slug),
            pack.File.Length,
            pdf.Enabled ? DownloadPaths.Pdf(type, locale, slug) : null,
            pdfSize)
        { OfflinePages = offline });
    }
}
