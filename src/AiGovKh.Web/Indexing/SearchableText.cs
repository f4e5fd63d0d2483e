using System.Text;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Khmer.Normalization;

namespace AiGovKh.Web.Indexing;

/// <summary>The plain text of a translation that search reads: the rendered body without markup, then objectives and glossary.</summary>
internal static class SearchableText
{
    public static string Body(string bodyHtml, IReadOnlyList<string> objectives, IReadOnlyList<GlossaryEntry> glossary)
    {
        var text = new StringBuilder(PlainText.FromHtml(bodyHtml ?? ""));
        foreach (var objective in objectives) text.Append('\n').Append(objective);
        foreach (var entry in glossary) text.Append('\n').Append(entry.Term).Append(": ").Append(entry.Definition);
        // Lines become spaces so snippets read as prose; Khmer is normalised so stored text and terms agree.
        return KhmerNormalizer.Normalize(text.Replace('\n', ' ').ToString());
    }
}
