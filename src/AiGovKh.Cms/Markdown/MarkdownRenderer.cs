using System.Net;

namespace AiGovKh.Cms.Markdown;

/// <summary>
/// TEMPORARY stand-in on the editor branch until the cms branch's sanitised Markdig pipeline is
/// merged: it encodes everything, so nothing unsafe can come out of it.
/// </summary>
public sealed class MarkdownRenderer
{
    public string Render(string markdown) =>
        string.Join("", markdown.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => "<p>" + WebUtility.HtmlEncode(p.Trim()) + "</p>\n"));
}
