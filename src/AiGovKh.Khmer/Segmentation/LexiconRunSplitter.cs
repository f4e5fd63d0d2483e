using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Dictionary-only splitting: the <see cref="FewestWordsPath"/> through the lexicon's words.</summary>
internal sealed class LexiconRunSplitter(KhmerLexicon lexicon) : KhmerRunSplitter
{
    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
    {
        int count = clusters.Length;
        Span<int> ids = count <= 512 ? stackalloc int[count] : new int[count];
        Span<int> best = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<int> back = count <= 512 ? stackalloc int[count + 1] : new int[count + 1];
        Span<bool> known = count <= 512 ? stackalloc bool[count + 1] : new bool[count + 1];
        lexicon.Alphabet.IdsOf(clusterHashes, ids);
        var path = new FewestWordsPath(best, back, known, count);
        var trie = lexicon.Trie;
        for (int i = 0; i < count; i++)
        {
            path.Unknown(i);
            int node = 0;
            for (int j = i; j < count; j++)
            {
                int step = trie.Step(node, ids[j]);
                if (step < 0) break;
                if ((step & ClusterTrie.PrimaryWord) != 0) path.Word(i, j + 1 - i);
                if ((step & ClusterTrie.HasChildren) == 0) break;
                node = step >> 4;
            }
        }
        path.TraceBack(boundaries);
    }
}
