using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Api;
using AiGovKh.Web.Infrastructure.Caching;
using AiGovKh.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Formatting;

namespace AiGovKh.Web.Downloads;

/// <summary>Print views of lessons and courses (<c>…/print</c>): the theme's print layout, no navigation.</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed partial class PrintController(PublishedContent content, IStringLocalizer<SiteText> text) : SiteController(text)
{
    [HttpGet("/{locale:locale}/lessons/{slug}/print")]
    public async Task<IActionResult> Lesson(string slug, CancellationToken ct)
    {
        if (await content.FindAsync(ContentType.Lesson, slug, Locale, ct) is not { } item)
        {
            return NotFoundPage();
        }
        return View("/Views/Print/Lesson.cshtml", PrintLesson(item));
    }

    [HttpGet("/{locale:locale}/courses/{slug}/print")]
    public async Task<IActionResult> Course(string slug, CancellationToken ct)
    {
        if (await content.FindAsync(ContentType.Course, slug, Locale, ct) is not { } course)
        {
            return NotFoundPage();
        }
        var lessons = new List<PrintLessonPage>();
        foreach (var summary in await content.LessonsAsync(course.Item.Id, Locale, ct))
        {
            if (await content.FindAsync(ContentType.Lesson, summary.Slug, Locale, ct) is { } lesson)
            {
                lessons.Add(PrintLesson(lesson));
            }
        }
        var origin = PublicOrigin.Of(HttpContext);
        return View("/Views/Print/Course.cshtml", new PrintCoursePage
        {
            Locale = Locale,
            Title = course.Text.Title,
            Course = course,
            Lessons = lessons,
            SiteUrl = origin + ItemPaths.For(ContentType.Course, slug, Locale),
        });
    }

    private PrintLessonPage PrintLesson(PublishedItem item)
    {
        var origin = PublicOrigin.Of(HttpContext);
        return new PrintLessonPage
        {
            Locale = Locale,
            Title = item.Text.Title,
            Item = item,
            BodyHtml = SiteRelativeLink().Replace(BodyHtml.WithoutLeadingTitle(item.Text.BodyHtml), m => m.Groups[1].Value + origin + "/"),
            SiteUrl = origin + ItemPaths.For(ContentType.Lesson, item.Item.Slug, Locale),
        };
    }

    /// <summary>href="/…" (not protocol-relative "//…"), made absolute so the printed target is complete.</summary>
    [GeneratedRegex("(href=\")/(?!/)")]
    private static partial Regex SiteRelativeLink();
}
