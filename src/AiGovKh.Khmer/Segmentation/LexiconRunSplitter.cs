using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Dictionary-only splitting: the <see cref="FewestWordsPath"/> through the lexicon's words.</summary>
internal sealed class LexiconRunSplitter(KhmerLexicon lexicon) : KhmerRunSplitter
{
    public override KhmerLexicon Lexicon => lexicon;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, ReadOnlySpan<int> clusterIds, Span<bool> boundaries)
    {
        int count = clusters.Length;
        Span<int> best = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<int> back = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<bool> known = count <= 512 ? stackalloc bool[count + 1] : new bool[count + 1];
        var path = new FewestWordsPath(best, back, known, count);
        var trie = lexicon.Trie;
        for (int i = 0; i < count; i++)
        {
            path.Unknown(i);
            int node = 0;
            for (int j = i; j < count; j++)
            {
                int step = trie.Step(node, clusterIds[j]);
                if (step < 0) break;
                if ((step & ClusterTrie.PrimaryWord) != 0) path.Word(i, j + 1 - i);
                if ((step & ClusterTrie.HasChildren) == 0) break;
                node = step >> 4;
            }
        }
        path.TraceBack(boundaries);
    }
}
