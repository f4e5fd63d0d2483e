using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

/// <summary>The print view of a lesson: no navigation, link targets written out, answer key on its own page.</summary>
public sealed class PrintLessonPage : SitePage
{
    public required PublishedItem Item { get; init; }

    /// <summary>The body HTML with site-relative links made absolute, so printed link targets are complete.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>The lesson's page on the site, printed in the footer.</summary>
    public required string SiteUrl { get; init; }

    public string OrganisationName => Item.Item.Organisation?.Name(Item.Text.Locale) ?? "";

    public override string PathIn(string locale) => SitePaths.Item(locale, ContentType.Lesson, Item.Item.Slug) + "/print";
}

/// <summary>The print view of a course: its title and summary, then each published lesson on new pages.</summary>
public sealed class PrintCoursePage : SitePage
{
    public required PublishedItem Course { get; init; }

    public required IReadOnlyList<PrintLessonPage> Lessons { get; init; }

    public required string SiteUrl { get; init; }

    public override string PathIn(string locale) => SitePaths.Item(locale, ContentType.Course, Course.Item.Slug) + "/print";
}

/// <summary>The download links under a lesson or course page; sizes are of the built files.</summary>
public sealed record DownloadBlock(string Locale, bool IsCourse, string PrintUrl, string PackUrl, long PackSize, string? PdfUrl, long? PdfSize)
{
    /// <summary>For a course: its page and its lessons' pages, which "save for offline" asks the service worker to keep.</summary>
    public IReadOnlyList<string> OfflinePages { get; init; } = [];

    public string Label(string key) => Text[(key, Locale == "km" ? "km" : "en")];

    private static readonly Dictionary<(string, string), string> Text = new()
    {
        [("Heading", "km")] = "សម្រាប់គ្រូបង្រៀន",
        [("Heading", "en")] = "For teachers",
        [("Print", "km")] = "បោះពុម្ពមេរៀននេះ",
        [("Print", "en")] = "Print this lesson",
        [("PrintCourse", "km")] = "បោះពុម្ពវគ្គសិក្សាទាំងមូល",
        [("PrintCourse", "en")] = "Print the whole course",
        [("Pack", "km")] = "ទាញយកមេរៀន (ZIP ប្រើបានដោយគ្មានអ៊ីនធឺណិត)",
        [("Pack", "en")] = "Download lesson (ZIP, works offline)",
        [("CoursePack", "km")] = "ទាញយកវគ្គសិក្សា (ZIP ភាសាខ្មែរ និងអង់គ្លេស ប្រើបានដោយគ្មានអ៊ីនធឺណិត)",
        [("CoursePack", "en")] = "Download course (ZIP in Khmer and English, works offline)",
        [("Pdf", "km")] = "ទាញយក PDF",
        [("Pdf", "en")] = "Download PDF",
        [("Offline", "km")] = "រក្សាទុកវគ្គសិក្សានេះសម្រាប់អានពេលគ្មានអ៊ីនធឺណិត",
        [("Offline", "en")] = "Save this course for offline reading",
        [("OfflineDone", "km")] = "បានរក្សាទុកទំព័រ",
        [("OfflineDone", "en")] = "Pages saved:",
    };
}
