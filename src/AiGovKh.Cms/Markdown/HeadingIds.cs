using System.Globalization;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiGovKh.Cms.Markdown;

/// <summary>
/// Gives every heading an id so it can be linked to (<c>item:slug#id</c>) and listed in a table
/// of contents. Unlike Markdig's auto-identifiers this keeps Khmer readable: combining vowel
/// signs and the coeng are kept, not dropped. An explicit <c>{#id}</c> wins.
/// </summary>
internal static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = document.Descendants<HeadingBlock>().ToList();
        foreach (var heading in headings)
        {
            var explicitId = heading.TryGetAttributes()?.Id;
            if (!string.IsNullOrEmpty(explicitId))
            {
                used.Add(explicitId);
            }
        }
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (!string.IsNullOrEmpty(attributes.Id))
            {
                continue;
            }
            var baseId = FromText(InlineText(heading.Inline));
            var id = baseId;
            for (var n = 1; !used.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }
            attributes.Id = id;
        }
    }

    internal static string FromText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            var category = char.GetUnicodeCategory(c);
            var keep = char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (keep)
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }
                pendingDash = false;
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '\u200B')
            {
                pendingDash = true;
            }
        }
        return sb.Length == 0 ? "section" : sb.ToString();
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var sb = new StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
            }
        }
        return sb.ToString();
    }
}
