using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Import;

/// <summary>Reads <c>organisations.yml</c>: a YAML list of {slug, name_km, name_en, website}.</summary>
internal static class OrganisationsFile
{
    public const string FileName = "organisations.yml";

    public static List<OrganisationSource> Read(string contentDirectory, ProblemList problems)
    {
        var path = Path.Combine(contentDirectory, FileName);
        var result = new List<OrganisationSource>();
        if (!File.Exists(path))
        {
            return result;
        }
        var text = SourceText.Decode(File.ReadAllBytes(path), FileName, problems);
        if (text is null)
        {
            return result;
        }
        // Wrapped in a mapping so the front-matter reader can be reused; the wrapper adds one line at the top.
        var matter = FrontMatter.Parse("organisations:\n" + Indent(text), FileName, problems, lineOffset: -1);
        var entries = matter?.EntryList("organisations");
        if (entries is null)
        {
            if (matter is not null && !matter.HasError("organisations"))
            {
                problems.Warning(FileName, 1, ImportRules.InvalidFrontMatter, "organisations.yml lists no organisations.");
            }
            return result;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var before = problems.ErrorCount;
            var slug = TextNormalization.CleanSlug(entry.Required("slug"));
            var nameKm = TextNormalization.CleanTitle(entry.Required("name_km"));
            var nameEn = TextNormalization.CleanTitle(entry.Required("name_en"));
            var website = entry.Optional("website");
            if (problems.ErrorCount != before)
            {
                continue;
            }
            if (!Slugs.IsValid(slug))
            {
                problems.Error(FileName, entry.Line, ImportRules.InvalidSlug, $"Organisation slug '{slug}' must be ASCII a-z, 0-9 and single hyphens.");
                continue;
            }
            if (!seen.Add(slug))
            {
                problems.Error(FileName, entry.Line, ImportRules.DuplicateSlug, $"Organisation '{slug}' is listed twice.");
                continue;
            }
            if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                problems.Warning(FileName, entry.Line, ImportRules.InvalidField, $"Website '{website}' of '{slug}' is not an http(s) address; it is ignored.");
                website = null;
            }
            result.Add(new OrganisationSource(slug, nameKm, nameEn, website, entry.Line));
        }
        return result;
    }

    private static string Indent(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => "  " + l));
}
