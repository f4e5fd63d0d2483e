using System.Runtime.CompilerServices;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Longest dictionary words ending at, starting at and spanning each gap of a run, for one word list.</summary>
internal readonly ref struct MatchLengths(Span<byte> ends, Span<byte> starts, Span<byte> spans)
{
    public readonly Span<byte> Ends = ends, Starts = starts, Spans = spans;
}

/// <summary>
/// For each gap between clusters of a run: the longest word ending there, starting there, and
/// spanning it (in clusters, capped), for the primary and the secondary list of a
/// <see cref="KhmerLexicon"/>, and the longest tertiary
/// (curated) word from each start. These are the dictionary features of the boundary model.
/// </summary>
/// <remarks>
/// One trie walk per start gives every word that starts there; the walk stops at the first cluster
/// no word continues with (2.6 steps per cluster on average with the ICU dictionary).
/// </remarks>
internal static class LexiconMatches
{
    public const int Cap = 7;

    /// <param name="lexicon">ICU words (primary), vocabulary (secondary), curated terms (tertiary).</param>
    /// <param name="ids">The run's cluster ids in the lexicon's alphabet.</param>
    /// <param name="primary">Lengths for the primary list (spans of length count + 1).</param>
    /// <param name="secondary">Lengths for the secondary list.</param>
    /// <param name="tertiaryLongest">Per start, the length of the longest tertiary word starting there (0 when none; capped at 255).</param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Find(KhmerLexicon lexicon, ReadOnlySpan<int> ids, MatchLengths primary, MatchLengths secondary, Span<byte> tertiaryLongest)
    {
        int count = ids.Length;
        Clear(primary, count);
        Clear(secondary, count);
        ref int slots = ref lexicon.Trie.FirstSlot;
        // Locals, not the structs' fields: the inner loop keeps them in registers.
        var primaryEnds = primary.Ends;
        var secondaryEnds = secondary.Ends;
        for (int i = 0; i < count; i++)
        {
            int node = 0, longestPrimary = 0, longestSecondary = 0, longestTertiary = 0;
            for (int j = i; j < count; j++)
            {
                int child = ClusterTrie.Base(ref slots, node) + ids[j];
                int entry = ClusterTrie.Entry(ref slots, child);
                if (ClusterTrie.Parent(entry) != node) break;
                int length = j + 1 - i;
                if ((entry & ClusterTrie.PrimaryWord) != 0)
                {
                    longestPrimary = length;
                    RecordEnd(primaryEnds, j + 1, length);
                }
                if ((entry & ClusterTrie.SecondaryWord) != 0)
                {
                    longestSecondary = length;
                    RecordEnd(secondaryEnds, j + 1, length);
                }
                if ((entry & ClusterTrie.TertiaryWord) != 0) longestTertiary = length;
                if ((entry & ClusterTrie.HasChildren) == 0) break;
                node = child;
            }
            tertiaryLongest[i] = (byte)Math.Min(longestTertiary, 255);
            if (longestPrimary > 0) RecordLongest(primary, i, longestPrimary);
            if (longestSecondary > 0) RecordLongest(secondary, i, longestSecondary);
        }
    }

    private static void Clear(MatchLengths m, int count)
    {
        m.Ends[..(count + 1)].Clear();
        m.Starts[..(count + 1)].Clear();
        m.Spans[..(count + 1)].Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void RecordEnd(Span<byte> ends, int end, int fullLength)
    {
        byte length = (byte)Math.Min(fullLength, Cap);
        if (length > ends[end]) ends[end] = length;
    }

    // The longest word from a start is the only one that matters for Starts and Spans: it covers the shorter ones.
    private static void RecordLongest(MatchLengths m, int i, int fullLength)
    {
        byte length = (byte)Math.Min(fullLength, Cap);
        m.Starts[i] = length;
        var spans = m.Spans;
        int end = i + fullLength;
        for (int g = i + 1; g < end; g++) if (length > spans[g]) spans[g] = length;
    }
}
