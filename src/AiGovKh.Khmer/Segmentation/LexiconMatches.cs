using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// <see cref="KhmerLexicon"/>, plus the word lattice of the primary list and the longest tertiary
/// (curated) word from each start. These are the dictionary features of the boundary model.
/// </summary>
/// <remarks>
/// The trie walk from each start gives every word that starts there; it stops at the first cluster
/// no word continues with (2.6 steps per cluster on average with the ICU dictionary). This is the
/// segmenter's hot spot.
/// </remarks>
internal static class LexiconMatches
{
    public const int Cap = 7;

    /// <param name="lexicon">ICU words (primary), vocabulary (secondary), curated terms (tertiary).</param>
    /// <param name="ids">The run's cluster ids in the lexicon's alphabet.</param>
    /// <param name="primary">Lengths for the primary list (spans of length count + 1).</param>
    /// <param name="secondary">Lengths for the secondary list.</param>
    /// <param name="primaryLattice">Per start, bit k-1 set when a primary word of k clusters starts there: the word lattice.</param>
    /// <param name="tertiaryLongest">Per start, the length of the longest tertiary word starting there (0 when none).</param>
    public static void Find(KhmerLexicon lexicon, ReadOnlySpan<int> ids, MatchLengths primary, MatchLengths secondary, Span<uint> primaryLattice, Span<byte> tertiaryLongest)
    {
        int count = ids.Length;
        Clear(primary, count);
        Clear(secondary, count);
        var trie = lexicon.Trie;
        ref int id = ref MemoryMarshal.GetReference(ids);
        for (int i = 0; i < count; i++)
        {
            // The walk keeps only registers: bit k of a lattice says whether k + 1 clusters from i make a word of that list.
            int node = 0, tertiary = 0, limit = Math.Min(count - i, MaxWordClusters);
            uint primaryBits = 0, secondaryBits = 0;
            for (int k = 0; k < limit; k++)
            {
                int step = trie.Step(node, Unsafe.Add(ref id, i + k));
                if (step < 0) break;
                primaryBits |= (uint)(step & ClusterTrie.PrimaryWord) << k;
                secondaryBits |= (uint)((step & ClusterTrie.SecondaryWord) >> 1) << k;
                tertiary = (step & ClusterTrie.TertiaryWord) != 0 ? k + 1 : tertiary;
                if ((step & ClusterTrie.HasChildren) == 0) break;
                node = step >> 4;
            }
            primaryLattice[i] = primaryBits;
            tertiaryLongest[i] = (byte)tertiary;
            if (primaryBits != 0) Record(primary, i, primaryBits);
            if (secondaryBits != 0) Record(secondary, i, secondaryBits);
        }
    }

    /// <summary>Words longer than this many clusters are not matched (the ICU dictionary's longest has 19).</summary>
    public const int MaxWordClusters = 32;

    /// <summary>Records the words starting at <paramref name="i"/> (a lattice) in the longest-word-ending/starting/spanning lengths.</summary>
    private static void Record(MatchLengths m, int i, uint lattice)
    {
        int longest = 32 - BitOperations.LeadingZeroCount(lattice);
        byte capped = (byte)Math.Min(longest, Cap);
        m.Starts[i] = capped;
        // The longest word covers the gaps of every shorter one.
        var spans = m.Spans;
        for (int g = i + 1; g < i + longest; g++) if (capped > spans[g]) spans[g] = capped;
        var ends = m.Ends;
        for (; lattice != 0; lattice &= lattice - 1)
        {
            int length = BitOperations.TrailingZeroCount(lattice) + 1;
            byte l = (byte)Math.Min(length, Cap);
            if (l > ends[i + length]) ends[i + length] = l;
        }
    }

    private static void Clear(MatchLengths m, int count)
    {
        m.Ends[..(count + 1)].Clear();
        m.Starts[..(count + 1)].Clear();
        m.Spans[..(count + 1)].Clear();
    }
}
