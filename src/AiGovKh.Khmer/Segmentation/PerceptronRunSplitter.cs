using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams and
/// dictionary matches, decided greedily left to right.
/// </summary>
/// <remarks>
/// Scores the same features as <see cref="BoundaryFeatures.Extract"/> (which training uses), but features
/// made only of small numbers come summed from <see cref="FeatureTables"/>, and the n-gram window slides
/// along the run instead of being re-read per gap. <see cref="ReferenceScore"/> is the plain sum, for tests.
/// </remarks>
internal sealed class PerceptronRunSplitter : KhmerRunSplitter
{
    [ThreadStatic] private static RunAnalysis? t_analysis;
    private readonly SegmenterModel _model;
    private readonly FeatureTables _tables;

    public PerceptronRunSplitter(SegmenterModel model)
    {
        _model = model;
        _tables = new FeatureTables(model);
    }

    public SegmenterModel Model => _model;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
    {
        var analysis = t_analysis ??= new RunAnalysis();
        var context = analysis.Analyse(clusterHashes, _model.Lexicon);
        var model = _model;
        var tables = _tables;
        var h = context.Hashes;
        int m = h.Length;
        // Two passes: every part of the score that does not depend on earlier decisions first (the gaps are
        // independent, so their loads overlap), then the distance to the previous boundary, gap after gap.
        var partial = analysis.Scores(m);
        ulong l2 = Bos, l1 = h[0];
        for (int g = 1; g < m; g++)
        {
            ulong r1 = h[g], r2 = g + 1 < m ? h[g + 1] : Eos;
            int ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
            int ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
            partial[g] = tables.Icu[(ie * 8 + istart) * 8 + ispan]
                + tables.Vocab[(((ve * 8 + vs) * 8 + vspan) * 8 + ie) * 8 + istart]
                + model.Weight(K(7, l1, r1))
                + model.Weight(K(9, l2, l1, r1))
                + model.Weight(K(10, l1, r1, r2))
                + model.Weight(K(26, (ulong)ve, (ulong)vspan, l1))
                + model.Weight(K(27, (ulong)vs, (ulong)vspan, r1));
            l2 = l1;
            l1 = r1;
        }
        boundaries[0] = true;
        int since = 1;
        var vocabEnds = context.VocabEnds;
        var vocabStarts = context.VocabStarts;
        var distance = tables.Distance;
        for (int g = 1; g < m; g++)
        {
            int dist = Math.Min(since, 6);
            bool boundary = partial[g] + distance[(dist * 8 + vocabEnds[g]) * 8 + vocabStarts[g]] > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
        }
        KeepCuratedTermsWhole(context.CuratedLongest, boundaries);
    }

    /// <summary>The score of gap g as the plain sum of the weights of <see cref="BoundaryFeatures.Extract"/>'s keys.</summary>
    internal int ReferenceScore(scoped in BoundaryContext context, int g, int sinceBoundary)
    {
        Span<ulong> keys = stackalloc ulong[MaxFeatures];
        int n = Extract(in context, g, sinceBoundary, keys);
        int score = 0;
        for (int k = 0; k < n; k++) score += _model.Weight(keys[k]);
        return score;
    }

    /// <summary>
    /// A curated term (AI and government vocabulary) that starts where the model starts a word is kept
    /// as one word: such terms are rare or absent in the training corpus, so the model tends to cut them.
    /// </summary>
    /// <param name="curatedLongest">Per start, the longest curated term starting there (from the same lexicon walk as the features).</param>
    /// <param name="boundaries">The model's word starts, changed in place.</param>
    internal static void KeepCuratedTermsWhole(ReadOnlySpan<byte> curatedLongest, Span<bool> boundaries)
    {
        int count = curatedLongest.Length;
        for (int i = 0; i < count; i++)
        {
            int longest = curatedLongest[i];
            if (longest < 2 || !boundaries[i]) continue;
            for (int g = i + 1; g < i + longest; g++) boundaries[g] = false;
            i += longest - 1;
        }
    }
}
