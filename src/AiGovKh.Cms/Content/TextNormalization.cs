using System.Text;
using AiGovKh.Khmer.Normalization;

namespace AiGovKh.Cms.Content;

/// <summary>
/// Normalises text on the way into the database: Unicode NFC everywhere, and no invisible
/// zero-width characters in titles and slugs (Khmer writers insert U+200B as a word-break hint,
/// which would make two equal-looking titles differ). Titles also go through AiGovKh.Khmer's normaliser,
/// which puts the marks of each Khmer cluster in canonical order, so titles typed in different
/// but identical-looking ways compare and sort equal.
/// </summary>
public static class TextNormalization
{
    /// <summary>NFC, nothing else. For bodies and summaries, where zero-width spaces are meaningful line-break hints.</summary>
    public static string Normalize(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>NFC, zero-width characters removed, whitespace runs collapsed and trimmed. For titles, terms and names.</summary>
    public static string CleanTitle(string? text)
    {
        var nfc = KhmerNormalizer.Normalize(text ?? "");
        var sb = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (IsZeroWidth(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>NFC, zero-width characters and surrounding whitespace removed. For slugs and other keys.</summary>
    public static string CleanSlug(string? text)
    {
        var nfc = Normalize(text);
        var sb = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            if (!IsZeroWidth(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>U+200B zero width space, U+200C ZWNJ, U+200D ZWJ, U+FEFF BOM / zero width no-break space.</summary>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF';
}
