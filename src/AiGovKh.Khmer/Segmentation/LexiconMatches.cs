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
internal static class LexiconMatches
{
    public const int Cap = 7;

    public static void Find(KhmerLexicon lexicon, ReadOnlySpan<ulong> clusterHashes, MatchLengths primary, MatchLengths secondary)
    {
        int count = clusterHashes.Length;
        Clear(primary, count);
        Clear(secondary, count);
        int max = lexicon.MaxClusters;
        for (int i = 0; i < count; i++)
        {
            ulong h = SequenceHash.Empty;
            int longestPrimary = 0, longestSecondary = 0;
            for (int j = i; j < count && j - i < max; j++)
            {
                h = SequenceHash.Append(h, clusterHashes[j]);
                byte flags = lexicon.Flags(h);
                if ((flags & KhmerLexicon.PrimaryWord) != 0) { RecordEnd(primary, i, j); longestPrimary = j + 1 - i; }
                if ((flags & KhmerLexicon.SecondaryWord) != 0) { RecordEnd(secondary, i, j); longestSecondary = j + 1 - i; }
                if ((flags & (KhmerLexicon.PrimaryPrefix | KhmerLexicon.SecondaryPrefix)) == 0) break;
            }
            // The longest word from i covers every gap a shorter one does, with a larger length.
            RecordSpan(primary, i, longestPrimary);
            RecordSpan(secondary, i, longestSecondary);
        }
    }

    private static void Clear(MatchLengths m, int count)
    {
        m.Ends[..(count + 1)].Clear();
        m.Starts[..(count + 1)].Clear();
        m.Spans[..(count + 1)].Clear();
    }

    private static void RecordEnd(MatchLengths m, int i, int j)
    {
        byte length = (byte)Math.Min(j + 1 - i, Cap);
        if (length > m.Ends[j + 1]) m.Ends[j + 1] = length;
    }

    private static void RecordSpan(MatchLengths m, int i, int longest)
    {
        if (longest == 0) return;
        byte length = (byte)Math.Min(longest, Cap);
        m.Starts[i] = length;
        for (int g = i + 1; g < i + longest; g++) if (length > m.Spans[g]) m.Spans[g] = length;
    }
}
