using System.Text;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Loads what a pack needs from the PUBLISHED side only (<see cref="PublishedContent"/>), with the media
/// bytes, and states the published revision set a pack is made from (its cache key and ETag).
/// </summary>
public sealed class PackSource(PublishedContent content, HubDbContext db)
{
    /// <summary>Bumped whenever the pack layout changes, so cached packs of the old layout are not served.</summary>
    public const string FormatVersion = "pack-3";

    public async Task<PackLesson?> LessonAsync(string slug, string locale, string origin, CancellationToken ct)
    {
        var item = await content.FindAsync(ContentType.Lesson, slug, locale, ct);
        return item is null ? null : await ToPackAsync(item, origin, ct);
    }

    /// <summary>The course with each published lesson in each locale it has text in.</summary>
    public async Task<PackCourse?> CourseAsync(string slug, string origin, CancellationToken ct)
    {
        var km = await content.FindAsync(ContentType.Course, slug, Locales.Khmer, ct);
        if (km is null)
        {
            return null;
        }
        var texts = new Dictionary<string, (string Title, string Summary)>();
        foreach (var translation in km.Revision.Translations.OrderBy(t => t.Locale == Locales.Khmer ? 0 : 1))
        {
            texts[translation.Locale] = (translation.Title, translation.Summary);
        }
        var lessons = new List<IReadOnlyList<PackLesson>>();
        foreach (var summary in await content.LessonsAsync(km.Item.Id, Locales.Khmer, ct))
        {
            var perLocale = new List<PackLesson>();
            foreach (var locale in Locales.All)
            {
                var lesson = await content.FindAsync(ContentType.Lesson, summary.Slug, locale, ct);
                if (lesson is not null && !lesson.IsFallback)
                {
                    perLocale.Add(await ToPackAsync(lesson, origin, ct));
                }
            }
            lessons.Add(perLocale);
        }
        return new PackCourse(slug, texts, lessons, km.Item.Organisation.Name(Locales.Khmer) + " / " + km.Item.Organisation.NameEn, km.Item.License, km.Revision.Id);
    }

    /// <summary>
    /// The revisions a lesson pack in a locale is made of, as a key: a new publish of the lesson (or a change in
    /// what is live) gives a new key. Null when the lesson is not published.
    /// </summary>
    public async Task<string?> LessonKeyAsync(string slug, string locale, CancellationToken ct)
    {
        var item = await content.FindAsync(ContentType.Lesson, slug, locale, ct);
        return item is null ? null : $"{FormatVersion}|lesson|{slug}|{item.Text.Locale}|{item.Revision.Id}:{item.Revision.Version}";
    }

    public async Task<string?> CourseKeyAsync(string slug, CancellationToken ct)
    {
        var course = await content.FindAsync(ContentType.Course, slug, Locales.Khmer, ct);
        if (course is null)
        {
            return null;
        }
        var lessons = await content.ListingAsync(new ContentFilter(ContentType.Lesson), Locales.Khmer, ct);
        var parts = lessons.Where(l => l.CourseSlug == slug).OrderBy(l => l.Slug, StringComparer.Ordinal).Select(l => $"{l.Slug}:{l.RevisionId}");
        return $"{FormatVersion}|course|{slug}|{course.Revision.Id}:{course.Revision.Version}|{string.Join(',', parts)}";
    }

    private async Task<PackLesson> ToPackAsync(PublishedItem item, string origin, CancellationToken ct)
    {
        var text = item.Text;
        var media = item.Revision.Media;
        var shas = media.Select(m => m.MediaAsset.Sha256).Distinct().ToList();
        var blobs = await db.MediaBlobs.AsNoTracking().Where(b => shas.Contains(b.Sha256)).ToDictionaryAsync(b => b.Sha256, b => b.Bytes, ct);

        var images = media.Where(m => m.Role == MediaRole.Image && blobs.ContainsKey(m.MediaAsset.Sha256))
            .Select(m => new PackFile(m.Name, blobs[m.MediaAsset.Sha256], m.MediaAsset.ContentType)).ToList();
        var attachments = media.Where(m => m.Role == MediaRole.Attachment && (m.Locale is null || m.Locale == text.Locale) && blobs.ContainsKey(m.MediaAsset.Sha256))
            .Select(m => new PackFile(m.Name, blobs[m.MediaAsset.Sha256], m.MediaAsset.ContentType)).ToList();
        if (!attachments.Any(a => a.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            // No written activity sheet: the classroom sheet is the lesson's objectives and questions.
            attachments.Add(new PackFile($"activity-sheet.{text.Locale}.md", Encoding.UTF8.GetBytes(DefaultSheet(text)), "text/markdown"));
        }

        return new PackLesson(
            item.Item.Slug,
            text.Locale,
            text.Title,
            text.Summary,
            text.BodyHtml,
            text.BodyMarkdown,
            text.Objectives,
            text.Questions.Select(q => new PackQuestion(q.Question, q.Answer)).ToList(),
            text.ReadingMinutes,
            item.Item.Organisation.Name(text.Locale),
            item.Item.License,
            item.Revision.Id,
            item.Revision.PublishedAt ?? item.Item.UpdatedAt,
            images,
            attachments,
            origin + ItemPaths.For(ContentType.Lesson, item.Item.Slug, text.Locale));
    }

    private static string DefaultSheet(RevisionTranslation text)
    {
        var km = text.Locale == Locales.Khmer;
        var sheet = new StringBuilder();
        sheet.Append("## ").AppendLine(km ? "គោលបំណងនៃការសិក្សា" : "Learning objectives").AppendLine();
        foreach (var objective in text.Objectives)
        {
            sheet.Append("- ").AppendLine(objective);
        }
        sheet.AppendLine().Append("## ").AppendLine(km ? "សំណួរសម្រាប់ពិភាក្សាក្នុងថ្នាក់" : "Questions for the class").AppendLine();
        var n = 1;
        foreach (var question in text.Questions)
        {
            sheet.Append(n++).Append(". ").AppendLine(question.Question);
        }
        sheet.AppendLine().AppendLine(km ? "ឈ្មោះ៖ ______________________" : "Name: ______________________");
        return sheet.ToString();
    }
}
