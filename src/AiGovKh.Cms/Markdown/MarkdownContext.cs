namespace AiGovKh.Cms.Markdown;

/// <summary>Site path of another item in a locale (e.g. <c>/km/lessons/what-is-ai</c>), or null when no such item exists.</summary>
public delegate string? ItemLinkResolver(string slug, string locale);

/// <summary>The published URL of an image the Markdown names by file ("diagram.png"), or null when the revision has no such image.</summary>
public delegate ResolvedImage? ImageResolver(string fileName, string locale);

/// <summary>Where an image is served from, with the alt text and size recorded for it.</summary>
public sealed record ResolvedImage(string Url, string? Alt = null, int? Width = null, int? Height = null);

/// <summary>What a render needs to know beyond the Markdown: the locale and how to resolve references.</summary>
public sealed record MarkdownContext(string Locale, ItemLinkResolver? ResolveItem = null, ImageResolver? ResolveImage = null);

/// <summary>A problem found while rendering, at a 1-based line of the Markdown given; <paramref name="Target"/> is the slug or file name concerned.</summary>
public sealed record MarkdownProblem(int Line, string Rule, string Message, string? Target = null);

/// <summary>An <c>item:slug#anchor</c> link found in a body, at a 1-based line.</summary>
public sealed record ItemLink(string Slug, string? Anchor, int Line);

/// <summary>The result of rendering one locale's body.</summary>
public sealed record RenderedMarkdown(
    string Html,
    string PlainText,
    int ReadingMinutes,
    IReadOnlyList<MarkdownProblem> Problems,
    IReadOnlyList<string> ItemLinks,
    IReadOnlyList<string> Images)
{
    /// <summary>Every resolved or unresolved <c>item:</c> link with its anchor and line.</summary>
    public IReadOnlyList<ItemLink> Links { get; init; } = [];

    /// <summary>The ids of the elements of the rendered body (headings, footnotes), for checking anchors.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];
}

/// <summary>The rule names a render can report.</summary>
public static class MarkdownRules
{
    public const string UnresolvedItemLink = "unresolved-item-link";
    public const string InvalidItemLink = "invalid-item-link";
    public const string MissingImage = "missing-image";
    public const string ExternalImage = "external-image";
    public const string MissingAlt = "missing-alt";
    public const string UnsafeLink = "unsafe-link";
    public const string UnresolvedAnchor = "unresolved-anchor";
}
