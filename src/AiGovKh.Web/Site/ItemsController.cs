using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

/// <summary>The pages of single items: courses, lessons, guidelines, campaigns and generic pages.</summary>
[OutputCache(PolicyName = PublicPageCachePolicy.Name)]
public sealed class ItemsController(PublishedContent content, IStringLocalizer<SiteText> text) : SiteController(text)
{
    [HttpGet("/{locale:locale}/courses/{slug}")]
    public async Task<IActionResult> Course(string slug, CancellationToken ct)
    {
        if (await content.FindAsync(ContentType.Course, slug, Locale, ct) is not { } item)
        {
            return NotFoundPage();
        }
        var lessons = await content.LessonsAsync(item.Item.Id, Locale, ct);
        return View("Course", new CoursePage { Locale = Locale, Title = item.Text.Title, Description = item.Text.Summary, Item = item, Lessons = lessons });
    }

    [HttpGet("/{locale:locale}/lessons/{slug}")]
    public async Task<IActionResult> Lesson(string slug, CancellationToken ct)
    {
        if (await content.FindAsync(ContentType.Lesson, slug, Locale, ct) is not { } item)
        {
            return NotFoundPage();
        }
        var course = item.Item.Course is { } parent ? await content.FindSummaryAsync(parent.Slug, Locale, ct) : null;
        var lessons = course is null ? [] : await content.LessonsAsync(course.Id, Locale, ct);
        return View("Lesson", new LessonPage
        {
            Locale = Locale,
            Title = item.Text.Title,
            Description = item.Text.Summary,
            Item = item,
            Course = course,
            CourseLessons = lessons,
            Neighbours = PublishedContent.Neighbours(lessons, item.Item.Id),
        });
    }

    [HttpGet("/{locale:locale}/guidelines/{slug}")]
    public Task<IActionResult> Guideline(string slug, CancellationToken ct) => Article(ContentType.Guideline, slug, ct);

    [HttpGet("/{locale:locale}/campaigns/{slug}")]
    public Task<IActionResult> Campaign(string slug, CancellationToken ct) => Article(ContentType.Campaign, slug, ct);

    [HttpGet("/{locale:locale}/pages/{slug}")]
    public Task<IActionResult> Page(string slug, CancellationToken ct) => Article(ContentType.Page, slug, ct);

    private async Task<IActionResult> Article(ContentType type, string slug, CancellationToken ct)
    {
        if (await content.FindAsync(type, slug, Locale, ct) is not { } item)
        {
            return NotFoundPage();
        }
        return View("Article", new ArticlePage { Locale = Locale, Title = item.Text.Title, Description = item.Text.Summary, Item = item });
    }
}
