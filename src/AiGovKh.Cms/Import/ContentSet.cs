using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;

namespace AiGovKh.Cms.Import;

/// <summary>An organisation as written in organisations.yml.</summary>
public sealed record OrganisationSource(string Slug, string NameKm, string NameEn, string? Website, int Line);

/// <summary>A media file an item uses, read from beside its Markdown and checked from its bytes.</summary>
public sealed record MediaSource(
    string Name,
    string File,
    MediaRole Role,
    byte[] Bytes,
    string Sha256,
    MediaType Type,
    ImageHeader? Image)
{
    public Dictionary<string, string> Alt { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Title { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The language of an attachment listed by one locale file only (a Khmer activity sheet in km.md); null for
    /// one both files list, and for images (their alt text is per locale, the picture is shared).
    /// </summary>
    public string? Locale => Role == MediaRole.Attachment && Title.Count == 1 ? Title.Keys.Single() : null;

    /// <summary>The URL the site serves it at.</summary>
    public string Url => $"/media/{Sha256}/{Uri.EscapeDataString(Name)}";
}

/// <summary>One locale file (km.md or en.md) of an item, parsed and rendered.</summary>
public sealed record LocaleSource(
    string Locale,
    string File,
    string Title,
    string Summary,
    int? ReadingMinutes,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<SelfCheckQuestion> Questions,
    IReadOnlyList<GlossaryEntry> Glossary,
    string BodyMarkdown,
    int BodyFirstLine)
{
    /// <summary>The body rendered to sanitised HTML (set once every item of the set is known).</summary>
    public RenderedMarkdown? Rendered { get; internal set; }
}

/// <summary>One item folder of content/: its fields, its locale files and its media.</summary>
public sealed record ItemSource(
    string Folder,
    string Slug,
    ContentType Type,
    string OrganisationSlug,
    AudienceTier Audiences,
    IReadOnlyList<string> Topics,
    string? CourseSlug,
    int? Order,
    string License,
    IReadOnlyDictionary<string, LocaleSource> Locales,
    IReadOnlyList<MediaSource> Media)
{
    /// <summary>SHA-256 over the item's source files and the render version; equal hashes mean nothing changed.</summary>
    public string SourceHash { get; internal set; } = "";

    /// <summary>The file problems about the item as a whole are reported against (km.md, else en.md).</summary>
    public string MainFile => Locales.TryGetValue(Content.Locales.Khmer, out var km) ? km.File : Locales.Values.First().File;
}

/// <summary>The items and organisations the hub already knows (from the database), so links and courses may point to them.</summary>
public sealed record KnownContent(IReadOnlySet<string> Organisations, IReadOnlyDictionary<string, ContentType> Items)
{
    public static readonly KnownContent None = new(new HashSet<string>(), new Dictionary<string, ContentType>());
}

/// <summary>A content folder read and checked: the items that can be imported, and every problem found.</summary>
public sealed record ContentSet(
    IReadOnlyList<OrganisationSource> Organisations,
    IReadOnlyList<ItemSource> Items,
    IReadOnlyList<ImportProblem> Problems)
{
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
}
