namespace AiGovKh.Themes.Default.Formatting;

/// <summary>Adjusts a revision's rendered (already sanitised) HTML to sit under the page's own header.</summary>
public static class BodyHtml
{
    /// <summary>
    /// Authors often open the body with <c># Title</c>; the page already shows the title as its one
    /// <c>&lt;h1&gt;</c>, so a leading <c>&lt;h1&gt;</c> in the body is dropped.
    /// </summary>
    public static string WithoutLeadingTitle(string html)
    {
        var span = html.AsSpan().TrimStart();
        if (!span.StartsWith("<h1", StringComparison.OrdinalIgnoreCase) || span.Length < 4 || span[3] is not ('>' or ' '))
        {
            return html;
        }
        var end = span.IndexOf("</h1>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : span[(end + "</h1>".Length)..].TrimStart().ToString();
    }
}
