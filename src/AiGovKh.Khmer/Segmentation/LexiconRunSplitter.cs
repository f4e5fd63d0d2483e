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

    /// <summary>
    /// The same fewest-words path over a precomputed lattice (<paramref name="wordLengths"/>[i] bit k-1:
    /// a word of k clusters starts at i). Used as a feature by the statistical model, without a second lexicon walk.
    /// </summary>
    public static void BestPath(ReadOnlySpan<uint> wordLengths, Span<bool> boundaries)
    {
        int count = wordLengths.Length;
        Span<int> best = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<int> back = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<bool> known = count <= 512 ? stackalloc bool[count + 1] : new bool[count + 1];
        best.Fill(int.MaxValue);
        best[0] = 0;
        for (int i = 0; i < count; i++)
        {
            if (best[i] == int.MaxValue) continue;
            Relax(best, back, known, i, i + 1, best[i] + UnknownCost, false);
            for (uint lengths = wordLengths[i]; lengths != 0; lengths &= lengths - 1)
            {
                int length = System.Numerics.BitOperations.TrailingZeroCount(lengths) + 1;
                if (i + length <= count) Relax(best, back, known, i, i + length, best[i] + WordCost, true);
            }
        }
        TraceBack(back, known, count, boundaries);
    }

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
    {
        int count = clusters.Length;
        Span<int> ids = count <= 512 ? stackalloc int[count] : new int[count];
        Span<uint> wordLengths = count <= 512 ? stackalloc uint[count] : new uint[count];
        lexicon.Alphabet.IdsOf(clusterHashes, ids);
        var trie = lexicon.Trie;
        for (int i = 0; i < count; i++)
        {
            uint lattice = 0;
            int node = 0;
            for (int j = i; j < count && j - i < 32; j++)
            {
                int step = trie.Step(node, ids[j]);
                if (step < 0) break;
                if ((step & ClusterTrie.PrimaryWord) != 0) lattice |= 1u << (j - i);
                if ((step & ClusterTrie.HasChildren) == 0) break;
                node = step >> 4;
            }
            wordLengths[i] = lattice;
        }
        BestPath(wordLengths, boundaries);
    }

    private static void TraceBack(Span<int> back, Span<bool> known, int count, Span<bool> boundaries)
    {
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
