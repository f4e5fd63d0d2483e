using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams,
/// cluster shapes and dictionary matches, decided greedily left to right.
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
            int n = BoundaryFeatures.Extract(in context, g, since, keys);
            float score = 0;
            for (int k = 0; k < n; k++) score += model.Weight(keys[k]);
            bool boundary = score > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
        }
    }
}
