namespace AiGovKh.Cms.Import;

public enum ProblemSeverity
{
    /// <summary>The item (or organisation) is skipped; what is already published stays as it was.</summary>
    Error,

    /// <summary>The item is imported, but something should be fixed (a missing translation, alt text, a dangling link).</summary>
    Warning,
}

/// <summary>
/// One bad input: the file (relative to the content folder, with '/' separators), the 1-based line
/// when known, the rule broken (see <see cref="ImportRules"/>) and a message for the author.
/// </summary>
public sealed record ImportProblem(string File, int? Line, string Rule, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}: {(Severity == ProblemSeverity.Error ? "error" : "warning")} {Rule}: {Message}";
}

/// <summary>What an import did: items added, updated (new published revision) and left unchanged, and every problem.</summary>
public sealed record ImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    public override string ToString() =>
        $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Errors.Count()} errors, {Warnings.Count()} warnings";
}

/// <summary>The rules of content/README.md, by name, as reported in <see cref="ImportProblem.Rule"/>.</summary>
public static class ImportRules
{
    public const string MissingDirectory = "missing-directory";
    public const string InvalidUtf8 = "invalid-utf8";
    public const string MissingFrontMatter = "missing-front-matter";
    public const string UnclosedFrontMatter = "unclosed-front-matter";
    public const string InvalidFrontMatter = "invalid-front-matter";
    public const string InvalidField = "invalid-field";
    public const string UnknownKey = "unknown-key";
    public const string UnknownType = "unknown-type";
    public const string InvalidSlug = "invalid-slug";
    public const string DuplicateSlug = "duplicate-slug";
    public const string UnknownOrganisation = "unknown-organisation";
    public const string UnknownAudience = "unknown-audience";
    public const string MissingCourse = "missing-course";
    public const string NotACourse = "course-not-a-course";
    public const string DuplicateOrder = "duplicate-order";
    public const string ItemFieldsDiffer = "item-fields-differ";
    public const string MissingTranslation = "missing-translation";
    public const string QuestionCount = "question-count";
    public const string GlossaryUnpaired = "glossary-unpaired";
    public const string InvalidMediaName = "invalid-media-name";
    public const string MissingMedia = "missing-media";
    public const string NotAnImage = "not-an-image";
    public const string AttachmentType = "attachment-type";
    public const string MissingAlt = "missing-alt";
    public const string DeletedInHub = "deleted-in-hub";
    public const string EditedInHub = "edited-in-hub";
    public const string Database = "database-error";

    /// <summary>A required field is absent or empty: "missing-title", "missing-type", "missing-course" …</summary>
    public static string Missing(string key) => $"missing-{key.Replace('_', '-')}";
}
