using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Dictionary-only splitting: the segmentation with the fewest words where every word is in the
/// lexicon, an unknown cluster costing more than a word; consecutive unknown clusters are kept
/// together as one word (names and loanwords rather than a spray of syllables).
/// </summary>
internal sealed class LexiconRunSplitter(KhmerLexicon lexicon) : KhmerRunSplitter
{
    private const int WordCost = 10, UnknownCost = 25;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
    {
        int count = clusters.Length;
        Span<int> best = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<int> back = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<bool> known = count <= 512 ? stackalloc bool[count + 1] : new bool[count + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (int i = 0; i < count; i++)
        {
            if (best[i] == int.MaxValue) continue;
            Relax(best, back, known, i, i + 1, best[i] + UnknownCost, false);
            ulong h = SequenceHash.Empty;
            for (int j = i; j < count && j - i < lexicon.MaxClusters; j++)
            {
                h = SequenceHash.Append(h, clusterHashes[j]);
                bool more = lexicon.Probe(h, out bool isWord);
                if (isWord) Relax(best, back, known, i, j + 1, best[i] + WordCost, true);
                if (!more) break;
            }
        }
        boundaries[..count].Clear();
        for (int end = count; end > 0;)
        {
            int start = back[end];
            bool mergeWithPreviousUnknown = !known[end] && start > 0 && !known[start] && back[start] == start - 1;
            if (!mergeWithPreviousUnknown) boundaries[start] = true;
            end = start;
        }
        boundaries[0] = true;
    }

    private static void Relax(Span<int> best, Span<int> back, Span<bool> known, int from, int to, int cost, bool isWord)
    {
        if (cost < best[to] || (cost == best[to] && isWord && !known[to]))
        {
            best[to] = cost;
            back[to] = from;
            known[to] = isWord;
        }
    }
}
