using AiGovKh.Cms.Content;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace AiGovKh.Web.Editor.Items;

/// <summary>
/// One field of one language compared between two revisions (<see cref="Locale"/> is empty for the
/// language-neutral classification fields). Lines are plain text; the page encodes them.
/// </summary>
public sealed record FieldDiff(string Locale, string FieldKey, SideBySideDiffModel Lines)
{
    public bool HasChanges => Lines.NewText.HasDifferences || Lines.OldText.HasDifferences;
}

/// <summary>Side-by-side differences of every text field, in both languages, and of the classification between two revisions.</summary>
public static class RevisionDiff
{
    /// <param name="courseName">How a course id is shown (its slug); the id itself when not given.</param>
    public static List<FieldDiff> Compare(Revision older, Revision newer, Func<int, string>? courseName = null)
    {
        var diffs = new List<FieldDiff>();
        string Course(int? id) => id is { } c ? courseName?.Invoke(c) ?? c.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        Add(diffs, "", "Field.Audiences", Join(older.Audiences.Split().Select(t => t.Key())), Join(newer.Audiences.Split().Select(t => t.Key())));
        Add(diffs, "", "Field.Topics", Join(older.Topics), Join(newer.Topics));
        Add(diffs, "", "Field.Course", Course(older.CourseId), Course(newer.CourseId));
        Add(diffs, "", "Field.Position", older.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture), newer.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(diffs, "", "Field.License", older.License, newer.License);
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

    /// <summary>The words a screen reader hears for a changed line, so the diff does not rely on colour alone.</summary>
    public static string? MarkerKey(ChangeType type) => type switch
    {
        ChangeType.Inserted => "Diff.Added",
        ChangeType.Deleted => "Diff.Removed",
        ChangeType.Modified => "Diff.Changed",
        _ => null,
    };

    public static string CssClass(ChangeType type) => type switch
    {
        ChangeType.Inserted => "ins",
        ChangeType.Deleted => "del",
        ChangeType.Modified => "mod",
        _ => "",
    };
}
