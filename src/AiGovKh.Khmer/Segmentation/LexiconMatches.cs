using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
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
/// <see cref="KhmerLexicon"/> in one walk. These are the dictionary features of the boundary model.
/// </summary>
/// <remarks>
/// The walk is breadth-first: all sequences of length 1, then of length 2 from the starts still
/// alive, and so on. Probes of one level are independent, so the CPU overlaps their cache misses
/// (and they are prefetched); a depth-first walk would wait for each miss in turn. This is the
/// segmenter's hot spot.
/// </remarks>
internal static class LexiconMatches
{
    public const int Cap = 7;

    /// <param name="lexicon">ICU words (primary) and vocabulary (secondary).</param>
    /// <param name="clusterHashes">The run's cluster hashes.</param>
    /// <param name="primary">Lengths for the primary list (spans of length count + 1).</param>
    /// <param name="secondary">Lengths for the secondary list.</param>
    /// <param name="alive">Scratch, at least count long.</param>
    /// <param name="sequence">Scratch, at least count long.</param>
    /// <param name="primaryLengths">Per start, bit k-1 set when a primary word of k clusters (k ≤ 32) starts there: the word lattice.</param>
    public static void Find(KhmerLexicon lexicon, ReadOnlySpan<ulong> clusterHashes, MatchLengths primary, MatchLengths secondary, Span<int> alive, Span<ulong> sequence, Span<uint> primaryLengths)
    {
        int count = clusterHashes.Length;
        primaryLengths[..count].Clear();
        Clear(primary, count);
        Clear(secondary, count);
        for (int i = 0; i < count; i++) alive[i] = i;
        sequence[..count].Fill(SequenceHash.Empty);
        int living = count;
        for (int length = 1; living > 0 && length <= lexicon.MaxClusters; length++)
        {
            int next = 0;
            for (int a = 0; a < living; a++)
            {
                int i = alive[a];
                int j = i + length - 1;
                if (j >= count) continue;
                sequence[i] = SequenceHash.Append(sequence[i], clusterHashes[j]);
                lexicon.Prefetch(sequence[i]);
                alive[next++] = i;
            }
            living = next;
            next = 0;
            for (int a = 0; a < living; a++)
            {
                int i = alive[a];
                byte flags = lexicon.Flags(sequence[i]);
                if ((flags & KhmerLexicon.PrimaryWord) != 0)
                {
                    Record(primary, i, length);
                    if (length <= 32) primaryLengths[i] |= 1u << (length - 1);
                }
                if ((flags & KhmerLexicon.SecondaryWord) != 0) Record(secondary, i, length);
                if ((flags & (KhmerLexicon.PrimaryPrefix | KhmerLexicon.SecondaryPrefix)) != 0) alive[next++] = i;
            }
            living = next;
        }
    }

    private static void Clear(MatchLengths m, int count)
    {
        m.Ends[..(count + 1)].Clear();
        m.Starts[..(count + 1)].Clear();
        m.Spans[..(count + 1)].Clear();
    }

    // Lengths grow level by level, so the last word recorded from a start is its longest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Record(MatchLengths m, int i, int fullLength)
    {
        byte length = (byte)Math.Min(fullLength, Cap);
        m.Starts[i] = length;
        int end = i + fullLength;
        if (length > m.Ends[end]) m.Ends[end] = length;
        for (int g = i + 1; g < end; g++) if (length > m.Spans[g]) m.Spans[g] = length;
    }
}
