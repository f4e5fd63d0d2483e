using System.Text;
using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Workflow;

/// <summary>Limits and clean-up for what editors type, applied before anything is stored.</summary>
public static partial class DraftValidation
{
    public const int MaxTitle = 300;
    public const int MaxSummary = 2000;
    public const int MaxBody = 200_000;
    public const int MaxListEntries = 30;
    public const int MaxListEntryLength = 1000;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex TopicPattern();

    public static bool IsValidSlug(string slug) => slug.Length is > 0 and <= 120 && SlugPattern().IsMatch(slug);

    /// <summary>The message key of the first problem, or null when the input can be stored.</summary>
    public static string? Problem(DraftInput input)
    {
        if (input.Khmer.Title.Length == 0 && input.English.Title.Length == 0)
            return "Error.TitleRequired";
        foreach (var texts in new[] { input.Khmer, input.English })
        {
            if (texts.Title.Length > MaxTitle) return "Error.TitleTooLong";
            if (texts.Summary.Length > MaxSummary) return "Error.SummaryTooLong";
            if (texts.BodyMarkdown.Length > MaxBody) return "Error.BodyTooLong";
            if (texts.Objectives.Count > MaxListEntries || texts.Questions.Count > MaxListEntries) return "Error.TooManyEntries";
            if (texts.Objectives.Any(o => o.Length > MaxListEntryLength)
                || texts.Questions.Any(q => q.Question.Length > MaxListEntryLength || q.Answer.Length > MaxListEntryLength))
                return "Error.EntryTooLong";
        }
        if (input.Topics.Count > MaxListEntries || input.Topics.Any(t => t.Length > 60 || !TopicPattern().IsMatch(t)))
            return "Error.TopicInvalid";
        if (input.Position is < 1 or > 1000)
            return "Error.PositionInvalid";
        return null;
    }

    /// <summary>
    /// Trims, unifies line ends and drops control characters (other than tab and newline) that
    /// have no business in text and can hide content from reviewers.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
                sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    public static DraftTexts Clean(DraftTexts t) => new(
        Clean(t.Title).Replace('\n', ' ').Replace('\t', ' '),
        Clean(t.Summary),
        Clean(t.BodyMarkdown),
        [.. t.Objectives.Select(Clean).Where(o => o.Length > 0)],
        [.. t.Questions.Select(q => new SelfCheckQuestion(Clean(q.Question), Clean(q.Answer))).Where(q => q.Question.Length > 0)]);

    public static DraftInput Clean(DraftInput input) => input with
    {
        Khmer = Clean(input.Khmer),
        English = Clean(input.English),
        Topics = [.. input.Topics.Select(t => Clean(t).ToLowerInvariant()).Where(t => t.Length > 0).Distinct()],
    };
}
