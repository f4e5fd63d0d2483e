using AiGovKh.Cms.Content;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiGovKh.Web.Editor.Items;

/// <summary>One field of one language compared between two revisions. Lines are plain text; the page encodes them.</summary>
public sealed record FieldDiff(string Locale, string FieldKey, SideBySideDiffModel Lines)
{
    public bool HasChanges => Lines.NewText.HasDifferences || Lines.OldText.HasDifferences;
}

/// <summary>Side-by-side differences of every text field, in both languages, between two revisions.</summary>
public static class RevisionDiff
{
    public static List<FieldDiff> Compare(Revision older, Revision newer)
    {
        var diffs = new List<FieldDiff>();
        foreach (var locale in Locales.All)
        {
            var a = older.Translation(locale);
            var b = newer.Translation(locale);
            Add(diffs, locale, "Field.Title", a?.Title, b?.Title);
            Add(diffs, locale, "Field.Summary", a?.Summary, b?.Summary);
            Add(diffs, locale, "Field.Body", a?.BodyMarkdown, b?.BodyMarkdown);
            Add(diffs, locale, "Field.Objectives", Join(a?.Objectives), Join(b?.Objectives));
            Add(diffs, locale, "Field.Questions", Join(a?.Questions.Select(q => $"{q.Question} | {q.Answer}")), Join(b?.Questions.Select(q => $"{q.Question} | {q.Answer}")));
        }
        return diffs;
    }

    private static void Add(List<FieldDiff> diffs, string locale, string key, string? a, string? b) =>
        diffs.Add(new FieldDiff(locale, key, SideBySideDiffBuilder.Diff(a ?? "", b ?? "", ignoreWhiteSpace: false)));

    private static string Join(IEnumerable<string>? lines) => lines is null ? "" : string.Join('\n', lines);

    public static string CssClass(ChangeType type) => type switch
    {
        ChangeType.Inserted => "ins",
        ChangeType.Deleted => "del",
        ChangeType.Modified => "mod",
        _ => "",
    };
}
