using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Web.Editor.Items;

/// <summary>
/// The edit form as posted. Only these fields bind: there is no state, author, organisation or
/// role here, so a request that sends them changes nothing (no mass assignment).
/// </summary>
public sealed class DraftForm
{
    public LocaleForm Km { get; set; } = new();
    public LocaleForm En { get; set; } = new();
    public List<AudienceTier> Audiences { get; set; } = [];
    public string? Topics { get; set; }
    public int? CourseId { get; set; }
    public int? Position { get; set; }
    public Guid BaseVersion { get; set; }
    public bool ConfirmKm { get; set; }
    public bool ConfirmEn { get; set; }

    public DraftInput ToInput()
    {
        var confirmed = new List<string>();
        if (ConfirmKm) confirmed.Add(Locales.Khmer);
        if (ConfirmEn) confirmed.Add(Locales.English);
        return new DraftInput(Km.ToTexts(), En.ToTexts(),
            Audiences.Aggregate(AudienceTier.None, (a, t) => a | t),
            [.. (Topics ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            CourseId, Position, confirmed);
    }

    public static DraftForm From(ContentItem item, Revision? revision) => new()
    {
        Km = LocaleForm.From(revision?.Translation(Locales.Khmer)),
        En = LocaleForm.From(revision?.Translation(Locales.English)),
        // The draft's own classification (it is reviewed with the texts); the item's is only what is live.
        Audiences = [.. (revision?.Audiences ?? item.Audiences).Split()],
        Topics = string.Join(", ", revision?.Topics ?? item.Topics),
        CourseId = revision is null ? item.CourseId : revision.CourseId,
        Position = revision is null ? item.Position : revision.Position,
        BaseVersion = revision?.Version ?? Guid.Empty,
    };
}

/// <summary>One language's fields. Objectives are one per line; questions are "question | answer" per line.</summary>
public sealed class LocaleForm
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Objectives { get; set; }
    public string? Questions { get; set; }

    public DraftTexts ToTexts() => new(
        Title ?? "", Summary ?? "", Body ?? "",
        [.. Lines(Objectives)],
        [.. Lines(Questions).Select(l =>
        {
            var bar = l.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? new SelfCheckQuestion(l, "") : new SelfCheckQuestion(l[..bar].Trim(), l[(bar + 1)..].Trim());
        })]);

    public static LocaleForm From(RevisionTranslation? t) => t is null ? new() : new()
    {
        Title = t.Title,
        Summary = t.Summary,
        Body = t.BodyMarkdown,
        Objectives = string.Join('\n', t.Objectives),
        Questions = string.Join('\n', t.Questions.Select(q => q.Answer.Length > 0 ? $"{q.Question} | {q.Answer}" : q.Question)),
    };

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
