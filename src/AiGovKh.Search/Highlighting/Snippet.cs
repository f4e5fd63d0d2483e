using System.Net;
using System.Text;

namespace AiGovKh.Search.Highlighting;

/// <summary>A short passage of a result with the words that matched marked.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts, bool StartsMidText, bool EndsMidText)
{
    public static readonly Snippet Empty = new([], false, false);

    /// <summary>HTML-encoded text with matches wrapped in <c>&lt;mark&gt;</c> and ellipses where the passage was cut.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        if (StartsMidText) html.Append('…');
        foreach (var part in Parts)
        {
            if (part.Highlighted) html.Append("<mark>");
            html.Append(WebUtility.HtmlEncode(part.Text));
            if (part.Highlighted) html.Append("</mark>");
        }
        if (EndsMidText) html.Append('…');
        return html.ToString();
    }

    public string ToPlainText() =>
        (StartsMidText ? "…" : "") + string.Concat(Parts.Select(p => p.Text)) + (EndsMidText ? "…" : "");
}

/// <summary>A run of snippet text, highlighted when it matched the query.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);
