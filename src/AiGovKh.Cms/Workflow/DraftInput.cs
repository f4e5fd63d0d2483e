using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// What an editor may change in a draft, and nothing else: state, author, organisation and
/// review fields are deliberately absent so that no request can set them.
/// </summary>
public sealed record DraftInput(
    DraftTexts Khmer,
    DraftTexts English,
    AudienceTier Audiences,
    IReadOnlyList<string> Topics,
    int? CourseId,
    int? Position,
    IReadOnlyCollection<string>? ConfirmedLocales = null)
{
    public DraftTexts For(string locale) => locale == Locales.Khmer ? Khmer : English;
}

/// <summary>The texts of one locale of a draft.</summary>
public sealed record DraftTexts(
    string Title,
    string Summary,
    string BodyMarkdown,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<SelfCheckQuestion> Questions)
{
    public static readonly DraftTexts Empty = new("", "", "", [], []);

    public bool IsEmpty => Title.Length == 0 && Summary.Length == 0 && BodyMarkdown.Length == 0 && Objectives.Count == 0 && Questions.Count == 0;

    public static DraftTexts From(RevisionTranslation? t) => t is null
        ? Empty
        : new(t.Title, t.Summary, t.BodyMarkdown, [.. t.Objectives], [.. t.Questions]);

    /// <summary>True when <paramref name="t"/> holds exactly these texts (so saving it is not an edit of this locale).</summary>
    public bool SameAs(RevisionTranslation? t) => t is null
        ? IsEmpty
        : Title == t.Title && Summary == t.Summary && BodyMarkdown == t.BodyMarkdown
          && Objectives.SequenceEqual(t.Objectives) && Questions.SequenceEqual(t.Questions);
}

/// <summary>A new item: its slug, type and owner; the first draft follows through <see cref="DraftInput"/>.</summary>
public sealed record NewItem(string Slug, ContentType Type, int OrganisationId);
