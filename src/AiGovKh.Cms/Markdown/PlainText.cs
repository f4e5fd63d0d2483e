using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AiGovKh.Cms.Markdown;

/// <summary>The readable text of sanitised HTML, one block per line: for search indexing and reading time.</summary>
public static class PlainText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "br", "dt", "dd", "figure", "figcaption", "details", "summary", "caption", "thead", "tbody",
    };

    public static string FromHtml(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!doctype html><body></body>");
        return FromNodes(parser.ParseFragment(html, document.Body!));
    }

    internal static string FromNodes(IEnumerable<INode> nodes)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(node, sb);
        }
        return Tidy(sb.ToString());
    }

    private static void Append(INode node, StringBuilder sb)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                return;
            case IElement element:
                var block = BlockElements.Contains(element.LocalName);
                if (block)
                {
                    sb.Append('\n');
                }
                else if (element.LocalName is "td" or "th")
                {
                    sb.Append(' ');
                }
                foreach (var child in element.ChildNodes)
                {
                    Append(child, sb);
                }
                if (block)
                {
                    sb.Append('\n');
                }
                return;
        }
    }

    private static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = string.Join(' ', rawLine.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length == 0)
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }
}
