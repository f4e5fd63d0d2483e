using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Finds the extent of the non-Khmer tokens in mixed text: numbers, Latin words, URLs.</summary>
internal static class TextScanner
{
    public static bool IsDigit(char c) => c is >= '0' and <= '9' || KhmerChar.IsKhmerDigit(c);

    /// <summary>Digits with internal separators: 1,000.50 · ១០:៣០ · ២៥.</summary>
    public static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            if (IsDigit(text[i])) { i++; continue; }
            if (text[i] is '.' or ',' or ':' && i + 1 < text.Length && IsDigit(text[i + 1])) { i += 2; continue; }
            break;
        }
        return i;
    }

    /// <summary>True for a letter of a script other than Khmer (Latin, Thai, Cyrillic, …).</summary>
    public static bool IsOtherLetter(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c < 0x80) return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
        if (KhmerClusters.IsKhmer(c)) return false;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return char.IsLetter(text.Slice(i, 2).ToString(), 0);
        }
        return char.IsLetter(c);
    }

    /// <summary>Letters, digits and combining marks, joined by internal ' ’ . _ @.</summary>
    public static int LatinEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (IsOtherLetter(text, i)) { i += char.IsHighSurrogate(c) ? 2 : 1; continue; }
            if (c is >= '0' and <= '9') { i++; continue; }
            if (c >= 0x300 && !KhmerClusters.IsKhmer(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++; continue;
            }
            if (c is '\'' or '\u2019' or '.' or '_' or '@' && i + 1 < text.Length && (IsOtherLetter(text, i + 1) || text[i + 1] is >= '0' and <= '9'))
            {
                i += 2; continue;
            }
            break;
        }
        return i;
    }

    /// <summary>Length of a URL starting at i (http://, https://, www.), or 0.</summary>
    public static int UrlLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }
        int end = 0;
        while (end < rest.Length && !char.IsWhiteSpace(rest[end]) && !KhmerClusters.IsKhmer(rest[end]) && !KhmerChar.IsInvisible(rest[end])
            && rest[end] is not ('"' or '<' or '>' or '«' or '»' or '“' or '”'))
        {
            end++;
        }
        while (end > 0 && rest[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'') end--;
        return end;
    }
}
