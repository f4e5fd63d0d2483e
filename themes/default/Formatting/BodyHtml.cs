using System.Globalization;
using System.Text.RegularExpressions;

namespace AiGovKh.Themes.Default.Formatting;

/// <summary>Adjusts a revision's rendered (already sanitised) HTML to sit in a page.</summary>
public static partial class BodyHtml
{
    /// <summary>The variant widths the media endpoint makes (<c>?w=</c>), as in the CMS's ImageVariants.</summary>
    private static readonly int[] VariantWidths = [320, 640, 960, 1280];

    /// <summary>The body as a page shows it: without a title repeated from the header, with phone-sized images.</summary>
    public static string ForPage(string html) => WithLabelledChecklists(WithPhoneSizedImages(WithoutLeadingTitle(html)));

    /// <summary>As <see cref="ForPage(string)"/>, with Khmer words inside an English body marked <c>lang="km"</c>.</summary>
    public static string ForPage(string html, string locale) =>
        locale == "en" ? WithKhmerMarked(ForPage(html)) : ForPage(html);

    /// <summary>
    /// English lessons and the glossary quote Khmer terms ("Khmer: បញ្ញាសិប្បនិម្មិត"); each run of Khmer
    /// text is wrapped in <c>&lt;span lang="km"&gt;</c> so screen readers switch voice (WCAG 3.1.2).
    /// Only text between tags is touched, never attribute values.
    /// </summary>
    public static string WithKhmerMarked(string html) =>
        html.AsSpan().IndexOfAnyInRange('\u1780', '\u17FF') < 0
            ? html
            : TextBetweenTags().Replace(html, text => KhmerRun().Replace(text.Value, run => $"<span lang=\"km\">{run.Value}</span>"));

    /// <summary>
    /// Markdown task lists render as bare checkboxes; each is wrapped with its item's text in a
    /// <c>&lt;label&gt;</c> so assistive technology announces what the box is for (WCAG 1.3.1, 4.1.2).
    /// </summary>
    public static string WithLabelledChecklists(string html) =>
        html.Contains("task-list-item", StringComparison.Ordinal)
            ? TaskListItem().Replace(html, m => $"{m.Groups["open"].Value}<label>{m.Groups["box"].Value}{m.Groups["text"].Value}</label>")
            : html;

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

    // The item's text runs from the checkbox to the end of the item or the first block inside it.
    [GeneratedRegex("(?<open><li class=\"task-list-item\">)\\s*(?<box><input\\b[^>]*\\btype=\"checkbox\"[^>]*>)(?<text>(?:(?!</li>|<ul|<ol|<p\\b|<div|<li\\b|<label).)*)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TaskListItem();

    [GeneratedRegex(">[^<]+", RegexOptions.CultureInvariant)]
    private static partial Regex TextBetweenTags();

    // Khmer letters and signs (U+1780–U+17FF, U+19E0–U+19FF), with the spaces and ZWSP between Khmer words.
    [GeneratedRegex("[\\u1780-\\u17FF\\u19E0-\\u19FF](?:[\\u1780-\\u17FF\\u19E0-\\u19FF\\u200B\\u200C\\u200D ]*[\\u1780-\\u17FF\\u19E0-\\u19FF])?", RegexOptions.CultureInvariant)]
    private static partial Regex KhmerRun();

    [GeneratedRegex("\\bwidth=\"(\\d{1,5})\"", RegexOptions.CultureInvariant)]
    private static partial Regex WidthAttribute();
}
