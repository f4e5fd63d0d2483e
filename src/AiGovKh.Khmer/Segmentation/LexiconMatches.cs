using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// For each gap between clusters of a run: the longest lexicon word ending there, starting there,
/// and spanning it (in clusters, capped). These are the dictionary features of the boundary model.
/// </summary>
internal static class LexiconMatches
{
    public const int Cap = 7;

    /// <summary>Fills <paramref name="ends"/>, <paramref name="starts"/>, <paramref name="spans"/> (length count + 1) for the run.</summary>
    public static void Find(KhmerLexicon lexicon, ReadOnlySpan<ulong> clusterHashes, Span<byte> ends, Span<byte> starts, Span<byte> spans)
    {
        int count = clusterHashes.Length;
        ends[..(count + 1)].Clear();
        starts[..(count + 1)].Clear();
        spans[..(count + 1)].Clear();
        int max = lexicon.MaxClusters;
        for (int i = 0; i < count; i++)
        {
            ulong h = SequenceHash.Empty;
            for (int j = i; j < count && j - i < max; j++)
            {
                h = SequenceHash.Append(h, clusterHashes[j]);
                bool more = lexicon.Probe(h, out bool isWord);
                if (isWord)
                {
                    byte length = (byte)Math.Min(j + 1 - i, Cap);
                    if (length > starts[i]) starts[i] = length;
                    if (length > ends[j + 1]) ends[j + 1] = length;
                    for (int g = i + 1; g <= j; g++) if (length > spans[g]) spans[g] = length;
                }
                if (!more) break;
            }
        }
    }
}
