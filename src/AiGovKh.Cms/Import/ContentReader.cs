using System.Security.Cryptography;
using System.Text;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;

namespace AiGovKh.Cms.Import;

/// <summary>
/// Reads and checks a content folder (format: content/README.md) without touching the database:
/// every rule is checked, every problem reported with file, line and rule, and the items that pass
/// are returned parsed and rendered. The importer stores them; the content tests validate with it.
/// </summary>
public sealed class ContentReader(MarkdownRenderer renderer, HubOptions options)
{
    /// <summary>Part of every source hash: bump it when rendering changes, so the next import re-renders every item.</summary>
    public const int RenderVersion = 1;

    public ContentSet Read(string contentDirectory, KnownContent? known = null)
    {
        known ??= KnownContent.None;
        var problems = new ProblemList();
        if (!Directory.Exists(contentDirectory))
        {
            problems.Error(contentDirectory, null, ImportRules.MissingDirectory, $"The content folder '{contentDirectory}' does not exist.");
            return new ContentSet([], [], problems.Items);
        }
        var root = Path.GetFullPath(contentDirectory);
        var organisations = OrganisationsFile.Read(root, problems);
        var media = new MediaLoader(problems, options);
        var fileReader = new LocaleFileReader(problems, media.Load);

        var drafts = new List<ItemDraft>();
        foreach (var directory in ItemFolders(root))
        {
            var draft = ReadFolder(root, directory, fileReader, problems);
            if (draft is not null)
            {
                drafts.Add(draft);
            }
        }

        var checks = new SetChecks(problems, known);
        checks.Organisations(drafts, organisations);
        checks.DuplicateSlugs(drafts);
        checks.Courses(drafts);
        checks.Translations(drafts);

        var targets = new Dictionary<string, ContentType>(known.Items, StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => !d.Failed))
        {
            targets[draft.Fields.Slug] = draft.Fields.Type;
        }
        foreach (var draft in drafts.Where(d => !d.Failed))
        {
            Render(draft, targets, media, problems);
        }

        CheckAnchors(drafts.Where(d => !d.Failed).ToList(), problems);

        var items = drafts.Where(d => !d.Failed).Select(Finish).ToList();
        return new ContentSet(organisations, items, problems.Items);
    }

    /// <summary>Every folder holding km.md or en.md, skipping folders whose name starts with '_' or '.', and symbolic links.</summary>
    private static IEnumerable<string> ItemFolders(string root)
    {
        var pending = new Stack<string>([root]);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (Locales.All.Any(l => File.Exists(Path.Combine(directory, l + ".md"))))
            {
                found.Add(directory);
            }
            foreach (var child in new DirectoryInfo(directory).EnumerateDirectories())
            {
                if (child.Name.StartsWith('_') || child.Name.StartsWith('.') || child.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    continue;
                }
                pending.Push(child.FullName);
            }
        }
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static ItemDraft? ReadFolder(string root, string directory, LocaleFileReader reader, ProblemList problems)
    {
        var draft = new ItemDraft(Relative(root, directory), directory);
        var ok = true;
        foreach (var locale in Locales.All)
        {
            var path = Path.Combine(directory, locale + ".md");
            if (File.Exists(path))
            {
                ok &= reader.Read(draft, path, Relative(root, path), locale);
            }
        }
        return ok && draft.Locales.Count > 0 ? draft : null;
    }

    private void Render(ItemDraft draft, IReadOnlyDictionary<string, ContentType> targets, MediaLoader media, ProblemList problems)
    {
        foreach (var source in draft.Locales.Values)
        {
            var refused = new Dictionary<string, string>(StringComparer.Ordinal);
            var context = new MarkdownContext(
                source.Locale,
                (slug, locale) => targets.TryGetValue(slug, out var type) ? ItemPaths.For(type, slug, locale) : null,
                (name, locale) =>
                {
                    var file = draft.Media.TryGetValue(name, out var known) ? known : media.TryLoadImage(draft, name, refused);
                    return file is null || !file.Type.IsImage
                        ? null
                        : new ResolvedImage(file.Url, file.Alt.GetValueOrDefault(locale), file.Image?.Width, file.Image?.Height);
                });
            var rendered = renderer.Render(source.BodyMarkdown, context);
            source.Rendered = rendered;
            foreach (var p in rendered.Problems)
            {
                var line = p.Line + source.BodyFirstLine - 1;
                if (p.Rule == MarkdownRules.MissingImage && p.Target is { } name && refused.TryGetValue(name, out var reason))
                {
                    problems.Error(source.File, line, ImportRules.NotAnImage, $"'{name}' is not an image the hub accepts: {reason}");
                }
                else if (p.Rule is MarkdownRules.MissingImage or MarkdownRules.ExternalImage or MarkdownRules.InvalidItemLink)
                {
                    problems.Error(source.File, line, p.Rule, p.Message);
                }
                else
                {
                    problems.Warning(source.File, line, p.Rule, p.Message);
                }
                if (p.Rule is MarkdownRules.MissingImage or MarkdownRules.ExternalImage or MarkdownRules.InvalidItemLink)
                {
                    draft.Failed = true;
                }
            }
        }
    }

    /// <summary>
    /// <c>item:slug#anchor</c> must name a heading id or a glossary id of the target in the link's language
    /// (or the target's other language when it has only one). Targets known only from the database are not checked.
    /// </summary>
    private static void CheckAnchors(List<ItemDraft> drafts, ProblemList problems)
    {
        var anchors = drafts.ToDictionary(
            d => d.Fields.Slug,
            d => d.Locales.ToDictionary(
                l => l.Key,
                l => l.Value.Rendered!.Ids.Concat(l.Value.Glossary.Select(g => g.Id)).ToHashSet(StringComparer.Ordinal)),
            StringComparer.Ordinal);
        foreach (var source in drafts.SelectMany(d => d.Locales.Values))
        {
            foreach (var link in source.Rendered!.Links.Where(l => l.Anchor is not null))
            {
                if (!anchors.TryGetValue(link.Slug, out var byLocale))
                {
                    continue;
                }
                var locale = byLocale.ContainsKey(source.Locale) ? source.Locale : byLocale.Keys.First();
                var anchor = Uri.UnescapeDataString(link.Anchor!);
                if (!byLocale[locale].Contains(anchor))
                {
                    problems.Warning(source.File, link.Line + source.BodyFirstLine - 1, MarkdownRules.UnresolvedAnchor,
                        $"'#{anchor}' is not a heading or glossary id of '{link.Slug}' ({locale}).");
                }
            }
        }
    }

    private static ItemSource Finish(ItemDraft draft)
    {
        var f = draft.Fields;
        var item = new ItemSource(draft.Folder, f.Slug, f.Type, f.Organisation, f.Audiences, f.Topics, f.Course, f.Order, f.License,
            draft.Locales, draft.Media.Values.OrderBy(m => m.Name, StringComparer.Ordinal).ToList());
        item.SourceHash = Hash(draft);
        return item;
    }

    private static string Hash(ItemDraft draft)
    {
        var sb = new StringBuilder($"render-version:{RenderVersion}\n");
        foreach (var (file, sha) in draft.FileHashes)
        {
            sb.Append(Path.GetFileName(file)).Append(':').Append(sha).Append('\n');
        }
        foreach (var media in draft.Media.Values.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            sb.Append(media.Role).Append(':').Append(media.Name).Append(':').Append(media.Sha256).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    internal static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
