namespace AiGovKh.Khmer.Clusters;

/// <summary>
/// Splits text into Khmer character clusters (orthographic syllable units: a base letter with its
/// subscripts, vowels and signs). A word boundary never falls inside a cluster.
/// </summary>
/// <remarks>
/// Every character of the input belongs to exactly one range, in order. A Khmer cluster is a base
/// (consonant, independent vowel or avakrahasanya) followed by any marks, coeng + letter pairs,
/// and ZWJ/ZWNJ that stand between marks. Every other character (Latin, digits, spaces,
/// punctuation, Khmer digits and signs) is a range of its own; a surrogate pair is one range.
/// Broken input (a mark with no base, a trailing coeng) never throws: the orphan marks form a
/// cluster of their own.
/// </remarks>
public static class KhmerClusters
{
    /// <summary>True for any character of the Khmer (U+1780–U+17FF) and Khmer Symbols (U+19E0–U+19FF) blocks.</summary>
    public static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';

    /// <summary>Appends the cluster ranges of <paramref name="text"/> to <paramref name="clusters"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, List<Range> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        int i = 0;
        while (i < text.Length)
        {
            int end = ClusterEnd(text, i);
            clusters.Add(new Range(i, end));
            i = end;
        }
    }

    /// <summary>Returns the end (exclusive) of the cluster that starts at <paramref name="start"/>.</summary>
    public static int ClusterEnd(ReadOnlySpan<char> text, int start)
    {
        char c = text[start];
        int i = start + 1;
        if (KhmerChar.IsBase(c) || KhmerChar.IsMark(c))
        {
            if (c == KhmerChar.Coeng && i < text.Length && KhmerChar.IsBase(text[i]) && text[i] != '\u17DC') i++; // coeng with no base keeps its letter
            return ExtendKhmer(text, i);
        }
        if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
        {
            return i + 1;
        }
        return i;
    }

    private static int ExtendKhmer(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (c == KhmerChar.Coeng)
            {
                i++;
                if (i < text.Length && KhmerChar.IsBase(text[i]) && text[i] != '\u17DC') i++;
            }
            else if (KhmerChar.IsMark(c))
            {
                i++;
            }
            else if ((c == KhmerChar.Zwj || c == KhmerChar.Zwnj) && i + 1 < text.Length && KhmerChar.IsMark(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }
}
