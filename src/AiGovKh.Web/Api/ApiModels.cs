namespace AiGovKh.Web.Api;

// The JSON shapes of the content API (camelCase on the wire). URLs are absolute.

/// <summary>A page of published items.</summary>
/// <param name="Locale">The locale asked for (each item says the locale it is actually served in).</param>
public sealed record ContentPage(string Locale, int Page, int PageSize, int Total, int PageCount, IReadOnlyList<ContentSummary> Items);

/// <summary>An item as a list shows it.</summary>
/// <param name="Fallback">True when the item has no text in the requested locale and is served in the other one.</param>
/// <param name="Stale">True when the served translation is older than its sibling in the other locale.</param>
/// <param name="Course">For lessons: the slug of their course.</param>
public sealed record ContentSummary(
    string Slug,
    string Type,
    string Locale,
    bool Fallback,
    bool Stale,
    string Title,
    string Summary,
    int ReadingMinutes,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Topics,
    OrganisationRef Organisation,
    string? Course,
    int? Position,
    string License,
    RevisionInfo Revision,
    IReadOnlyList<string> AvailableLocales,
    string Url,
    string SiteUrl);

public sealed record OrganisationRef(string Slug, string Name);

/// <summary>The published revision an answer was made from.</summary>
public sealed record RevisionInfo(int Id, int Number, DateTimeOffset PublishedAt);

/// <summary>One published item with everything needed to render it without the site.</summary>
/// <param name="RequestedLocale">The locale asked for (parameter, then Accept-Language, then km).</param>
/// <param name="Locale">The locale actually served.</param>
/// <param name="Html">Sanitised HTML of the body; image and link URLs are site-relative.</param>
/// <param name="Markdown">The Markdown source of the body.</param>
public sealed record ContentDetail(
    string Slug,
    string Type,
    string RequestedLocale,
    string Locale,
    bool Fallback,
    bool Stale,
    IReadOnlyList<string> AvailableLocales,
    string Title,
    string Summary,
    string Html,
    string Markdown,
    IReadOnlyList<string> Objectives,
    int ReadingMinutes,
    IReadOnlyList<QuestionInfo> Questions,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Topics,
    OrganisationRef Organisation,
    LicenseInfo License,
    RevisionInfo Revision,
    IReadOnlyList<ImageInfo> Images,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<GlossaryTerm> Glossary,
    ContentLinks Links);

public sealed record QuestionInfo(string Question, string Answer);

public sealed record LicenseInfo(string Id, string? Url);

/// <summary>An image the body uses, with phone-sized variants (WebP when the client accepts it, else JPEG).</summary>
public sealed record ImageInfo(string Name, string Url, string? Alt, int? Width, int? Height, string ContentType, long Size, string Sha256, IReadOnlyList<ImageVariantLink> Variants);

public sealed record ImageVariantLink(int Width, string Url);

public sealed record AttachmentInfo(string Name, string Title, string? Locale, string Url, long Size, string Sha256, string ContentType);

/// <summary>Where else the item lives: the site pages, the API, its course and neighbours, downloads.</summary>
public sealed record ContentLinks(
    string Self,
    SiteLinks Site,
    LinkedItem? Course,
    LinkedItem? Previous,
    LinkedItem? Next,
    DownloadLinks Downloads);

public sealed record SiteLinks(string Km, string En);

public sealed record LinkedItem(string Slug, string Title, string Locale, string Url, string SiteUrl);

/// <summary>Teacher downloads; absent (null) when the item has none of that kind. PDFs exist only where the server has Chromium.</summary>
public sealed record DownloadLinks(string? Print, string? LessonPack, string? CoursePack, string? Pdf);

/// <summary>A course with its published lessons in order.</summary>
public sealed record CourseDetail(ContentDetail Course, IReadOnlyList<ContentSummary> Lessons);

public sealed record OrganisationInfo(string Slug, string Name, string NameKm, string NameEn, string? Website, int PublishedItems);

public sealed record OrganisationList(string Locale, IReadOnlyList<OrganisationInfo> Items);

/// <summary>A glossary term; <paramref name="Items"/> are the slugs of the published items that define it.</summary>
public sealed record GlossaryTerm(string Id, string Locale, bool Fallback, string Term, string Definition, IReadOnlyList<string> Items);

public sealed record GlossaryList(string Locale, IReadOnlyList<GlossaryTerm> Terms);

/// <summary>
/// Changes after a cursor. Apply them in order: <c>published</c> and <c>updated</c> mean "fetch
/// <see cref="ChangeInfo.Url"/> and store it", <c>withdrawn</c> means "delete the slug". Then ask again with
/// <see cref="NextCursor"/>; while <see cref="HasMore"/> is true there is more to read at once.
/// </summary>
public sealed record ChangeList(string Since, string NextCursor, bool HasMore, IReadOnlyList<ChangeInfo> Changes);

/// <param name="Kind">published, updated or withdrawn.</param>
public sealed record ChangeInfo(long Sequence, string Slug, string Kind, string? Type, DateTimeOffset At, int? Revision, string? Url);
