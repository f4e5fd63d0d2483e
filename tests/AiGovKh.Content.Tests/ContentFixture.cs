using AiGovKh.Cms;
using AiGovKh.Cms.Import;
using AiGovKh.Cms.Markdown;

namespace AiGovKh.Content.Tests;

/// <summary>
/// The repository's content/ folder, read once with the hub's own <see cref="ContentReader"/>
/// (the same reader the importer uses), plus the raw text of every Markdown file in it.
/// </summary>
internal static class ContentFixture
{
    /// <summary>content/ beside AiGovKh.sln, found by walking up from the test's base directory.</summary>
    public static string ContentDirectory { get; } = FindContentDirectory();

    private static readonly Lazy<ContentSet> LazySet = new(() =>
        new ContentReader(new MarkdownRenderer(), new HubOptions { DataDirectory = "unused" }).Read(ContentDirectory));

    public static ContentSet Set => LazySet.Value;

    public static IReadOnlyList<ItemSource> Items => Set.Items;

    private static readonly Lazy<Dictionary<string, ItemSource>> LazyBySlug = new(() =>
        Items.GroupBy(i => i.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public static IReadOnlyDictionary<string, ItemSource> BySlug => LazyBySlug.Value;

    /// <summary>Every .md file under content/ except those in folders starting with '_' or '.', relative path → text.</summary>
    public static IReadOnlyDictionary<string, string> MarkdownFiles { get; } = ReadMarkdownFiles();

    /// <summary>Writes a line to the test output (shown with the results), for facts that are reported rather than failed.</summary>
    public static void Report(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static string FindContentDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiGovKh.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        throw new InvalidOperationException($"No AiGovKh.sln above {AppContext.BaseDirectory}; cannot find content/.");
    }

    private static Dictionary<string, string> ReadMarkdownFiles()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(ContentDirectory, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(ContentDirectory, path).Replace('\\', '/');
            if (relative.Split('/').SkipLast(1).Any(part => part.StartsWith('_') || part.StartsWith('.')))
            {
                continue;
            }
            files[relative] = File.ReadAllText(path);
        }
        return files;
    }
}
