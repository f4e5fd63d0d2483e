using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams,
/// cluster shapes and dictionary matches, decided greedily left to right. The strongest features are
/// scored first; when their sum is already beyond <see cref="SegmenterModel.Margin"/> the rest are skipped.
/// </summary>
internal sealed class PerceptronRunSplitter(SegmenterModel model) : KhmerRunSplitter
{
    [ThreadStatic] private static RunAnalysis? t_analysis;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
    {
        var analysis = t_analysis ??= new RunAnalysis();
        var context = analysis.Analyse(text, clusters, clusterHashes, model.Lexicon);
        Span<ulong> keys = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        boundaries[0] = true;
        int since = 1;
        for (int g = 1; g < clusters.Length; g++)
        {
            int n = BoundaryFeatures.Extract(in context, g, since, keys, 0);
            int score = 0;
            for (int k = 0; k < n; k++) score += model.Weight(keys[k]);
            if (Math.Abs(score) < model.Margin)
            {
                n = BoundaryFeatures.Extract(in context, g, since, keys, 1);
                for (int k = 0; k < n; k++) score += model.Weight(keys[k]);
            }
            bool boundary = score > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
        }
        KeepCuratedTermsWhole(clusterHashes, boundaries, KhmerLexicon.Curated);
    }

    /// <summary>
    /// A curated term (AI and government vocabulary) that starts where the model starts a word is kept
    /// as one word: such terms are rare or absent in the training corpus, so the model tends to cut them.
    /// </summary>
    internal static void KeepCuratedTermsWhole(ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries, KhmerLexicon curated)
    {
        int count = clusterHashes.Length;
        for (int i = 0; i < count; i++)
        {
            if (!boundaries[i]) continue;
            ulong h = SequenceHash.Empty;
            int longest = 0;
            for (int j = i; j < count && j - i < curated.MaxClusters; j++)
            {
                h = SequenceHash.Append(h, clusterHashes[j]);
                bool more = curated.Probe(h, out bool isWord);
                if (isWord) longest = j + 1 - i;
                if (!more) break;
            }
            if (longest < 2) continue;
            for (int g = i + 1; g < i + longest; g++) boundaries[g] = false;
            i += longest - 1;
        }
    }
}
