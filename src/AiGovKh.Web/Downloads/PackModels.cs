namespace AiGovKh.Web.Downloads;

/// <summary>Everything a lesson pack needs about one lesson in one locale, already published.</summary>
public sealed record PackLesson(
    string Slug,
    string Locale,
    string Title,
    string Summary,
    string BodyHtml,
    string BodyMarkdown,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<PackQuestion> Questions,
    int ReadingMinutes,
    string OrganisationName,
    string License,
    int RevisionId,
    DateTimeOffset PublishedAt,
    IReadOnlyList<PackFile> Images,
    IReadOnlyList<PackFile> Attachments,
    string? SiteUrl);

public sealed record PackQuestion(string Question, string Answer);

/// <summary>A file carried inside a pack, under the name the lesson's HTML uses for it.</summary>
public sealed record PackFile(string Name, byte[] Bytes, string ContentType);

/// <summary>The theme's print CSS and Khmer font files, copied into every pack.</summary>
public sealed record PackAssets(string Css, IReadOnlyList<PackFile> Fonts);

/// <summary>A course pack's course: its title and summary in both languages and its lessons in order.</summary>
public sealed record PackCourse(
    string Slug,
    IReadOnlyDictionary<string, (string Title, string Summary)> Texts,
    IReadOnlyList<IReadOnlyList<PackLesson>> Lessons,
    string OrganisationName,
    string License,
    int RevisionId);
