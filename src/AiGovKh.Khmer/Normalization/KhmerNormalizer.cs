using System.Buffers;
using System.Text;
using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Normalization;

/// <summary>
/// Normalises Khmer (and mixed) text so that text typed in different but visually identical ways
/// compares equal. Never throws: broken sequences are kept or repaired, invalid surrogates become U+FFFD.
/// </summary>
public static class KhmerNormalizer
{
    /// <summary>
    /// NFC; removes zero-width space, ZWNJ, ZWJ, word joiner, BOM and soft hyphen; replaces deprecated
    /// Khmer letters (ឣ → អ, ឤ → អា, inherent vowels U+17B4/U+17B5 removed); puts the marks of each
    /// Khmer cluster in canonical order (see <c>KhmerMarkOrder</c>). Idempotent.
    /// </summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!NeedsWork(text)) return text;

        char[] rented = ArrayPool<char>.Shared.Rent(text.Length * 2 + 4);
        try
        {
            int length = Clean(text, rented);
            string nfc = NormalizeNfc(new string(rented, 0, length));
            if (nfc.Length * 2 + 4 > rented.Length) return nfc; // NFC never grows Khmer text this much; stay safe
            nfc.CopyTo(rented);
            length = ReorderClusters(rented.AsSpan(0, nfc.Length));
            return new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="Normalize"/>, then maps forms that searchers expect to match: Khmer digits to ASCII
    /// digits, the spelling variants of ឲ្យ (អោយ, ឱ្យ), the older ំរ spelling to ម្រ (សំរាប់ → សម្រាប់),
    /// subscript DA to subscript TA (្ដ → ្ត, drawn alike), ឫ → ឬ and ឭ → ឮ. Use it for index and query terms, not for display.
    /// </summary>
    public static string NormalizeForSearch(string text)
    {
        string normal = Normalize(text);
        if (normal.Length == 0) return normal;
        var builder = new StringBuilder(normal.Length);
        for (int i = 0; i < normal.Length; i++)
        {
            char c = normal[i];
            if (KhmerChar.IsKhmerDigit(c)) { builder.Append((char)('0' + (c - '\u17E0'))); continue; }
            if (c == '\u17AB') { builder.Append('\u17AC'); continue; }
            if (c == '\u17AD') { builder.Append('\u17AE'); continue; }
            if (c == KhmerChar.Coeng && i + 1 < normal.Length && normal[i + 1] == '\u178A') { builder.Append("\u17D2\u178F"); i++; continue; }
            if (c == '\u17C6' && i + 1 < normal.Length && normal[i + 1] == '\u179A' && i > 0 && KhmerChar.IsBase(normal[i - 1]))
            {
                builder.Append("\u1798\u17D2\u179A"); i++; continue;
            }
            int matched = MatchOyVariant(normal, i);
            if (matched > 0) { builder.Append("\u17B2\u17D2\u1799"); i += matched - 1; continue; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    // អោយ, អោ្យ, ឱ្យ → ឲ្យ ("to give / so that"), the most frequent spelling variation in Khmer text.
    private static int MatchOyVariant(string s, int i)
    {
        ReadOnlySpan<char> rest = s.AsSpan(i);
        if (rest.StartsWith("\u17A2\u17C4\u1799")) return 3;
        if (rest.StartsWith("\u17A2\u17C4\u17D2\u1799")) return 4;
        if (rest.StartsWith("\u17B1\u17D2\u1799")) return 3;
        return 0;
    }

    private static bool NeedsWork(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0080') return true;
        }
        return false;
    }

    private static int Clean(string text, char[] output)
    {
        int n = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (KhmerChar.IsInvisible(c) || c is '\u17B4' or '\u17B5') continue;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { output[n++] = c; output[n++] = text[++i]; }
                else output[n++] = '\uFFFD';
                continue;
            }
            if (char.IsLowSurrogate(c)) { output[n++] = '\uFFFD'; continue; }
            if (c == '\u17A3') { output[n++] = '\u17A2'; continue; }
            if (c == '\u17A4') { output[n++] = '\u17A2'; output[n++] = '\u17B6'; continue; }
            output[n++] = c;
        }
        return n;
    }

    private static string NormalizeNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text; // unassigned code points in an older Unicode table: keep the text as typed
        }
    }

    private static int ReorderClusters(Span<char> buffer)
    {
        int read = 0, write = 0;
        while (read < buffer.Length)
        {
            int end = KhmerClusters.ClusterEnd(buffer, read);
            int length = end - read;
            if (write != read) buffer.Slice(read, length).CopyTo(buffer[write..]);
            char first = buffer[write];
            if (length > 1 && (KhmerChar.IsBase(first) || KhmerChar.IsMark(first)))
            {
                write = KhmerMarkOrder.Reorder(buffer, KhmerChar.IsBase(first) ? write + 1 : write, write + length);
            }
            else
            {
                write += length;
            }
            read = end;
        }
        return write;
    }
}
