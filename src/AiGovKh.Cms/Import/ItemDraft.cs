using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Import;

/// <summary>An item folder while it is being read: fields from its files, media found so far.</summary>
internal sealed class ItemDraft(string folder, string directory)
{
    public string Folder { get; } = folder;
    public string Directory { get; } = directory;
    public ItemFields Fields { get; set; } = null!;
    public Dictionary<string, LocaleSource> Locales { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, MediaSource> Media { get; } = new(StringComparer.Ordinal);

    /// <summary>Media names that were checked and refused, so the renderer's "missing image" is not reported twice.</summary>
    public HashSet<string> RefusedMedia { get; } = new(StringComparer.Ordinal);

    /// <summary>SHA-256 of each locale file's bytes, for the item's source hash.</summary>
    public SortedDictionary<string, string> FileHashes { get; } = new(StringComparer.Ordinal);

    public bool Failed { get; set; }

    /// <summary>The content-relative path of a file in this item's folder.</summary>
    public string FileOf(string name) => Folder == "." ? name : $"{Folder}/{name}";

    public string MainFile => Locales.TryGetValue(Content.Locales.Khmer, out var km) ? km.File : Locales.Values.First().File;
}

/// <summary>The fields that belong to the item rather than to one language; km.md and en.md must agree on them.</summary>
internal sealed record ItemFields(
    ContentType Type,
    string Slug,
    string Organisation,
    AudienceTier Audiences,
    IReadOnlyList<string> Topics,
    string? Course,
    int? Order,
    string License,
    string File,
    IReadOnlyDictionary<string, int> Lines)
{
    public int LineOf(string key) => Lines.TryGetValue(key, out var line) ? line : 1;

    /// <summary>The keys whose values differ between two files of the same item.</summary>
    public IEnumerable<string> Differences(ItemFields other)
    {
        if (Type != other.Type) yield return "type";
        if (Slug != other.Slug) yield return "slug";
        if (Organisation != other.Organisation) yield return "organisation";
        if (Audiences != other.Audiences) yield return "audiences";
        if (!Topics.OrderBy(t => t, StringComparer.Ordinal).SequenceEqual(other.Topics.OrderBy(t => t, StringComparer.Ordinal))) yield return "topics";
        if (Course != other.Course) yield return "course";
        if (Order != other.Order) yield return "order";
        if (License != other.License) yield return "license";
    }
}
