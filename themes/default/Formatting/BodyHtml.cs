using System.Globalization;
using System.Text.RegularExpressions;

namespace AiGovKh.Themes.Default.Formatting;

/// <summary>Adjusts a revision's rendered (already sanitised) HTML to sit in a page.</summary>
public static partial class BodyHtml
{
    /// <summary>The variant widths the media endpoint makes (<c>?w=</c>), as in the CMS's ImageVariants.</summary>
    private static readonly int[] VariantWidths = [320, 640, 960, 1280];

    /// <summary>The body as a page shows it: without a title repeated from the header, with phone-sized images.</summary>
    public static string ForPage(string html) => WithPhoneSizedImages(WithoutLeadingTitle(html));

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

    /// <summary>
    /// Gives each hub image (<c>/media/…</c> with a known width) a <c>srcset</c> of the resized
    /// variants no wider than the original, so a phone downloads a 640-pixel WebP, not the full file.
    /// </summary>
    public static string WithPhoneSizedImages(string html) => MediaImage().Replace(html, match =>
    {
        var tag = match.Value;
        if (tag.Contains("srcset=", StringComparison.Ordinal))
        {
            return tag;
        }
        var src = match.Groups["src"].Value;
        var width = WidthAttribute().Match(tag) is { Success: true } w ? int.Parse(w.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var candidates = VariantWidths.Where(v => v < width).Select(v => $"{src}?w={v} {v}w").ToList();
        if (candidates.Count == 0)
        {
            return tag;
        }
        candidates.Add($"{src} {width}w");
        var srcset = $" srcset=\"{string.Join(", ", candidates)}\" sizes=\"(min-width: 46rem) 44rem, calc(100vw - 2rem)\"";
        return tag.EndsWith("/>", StringComparison.Ordinal) ? tag[..^2].TrimEnd() + srcset + " />" : tag[..^1] + srcset + ">";
    });

    [GeneratedRegex("<img\\b[^>]*?\\bsrc=\"(?<src>/media/[0-9a-f]{64}/[^\"?#]+)\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex MediaImage();

    [GeneratedRegex("\\bwidth=\"(\\d{1,5})\"", RegexOptions.CultureInvariant)]
    private static partial Regex WidthAttribute();
}
