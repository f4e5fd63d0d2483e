using System.Runtime.CompilerServices;
using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams,
/// cluster shapes and dictionary matches, decided greedily left to right. The strongest features are
/// scored first; when their sum is already beyond <see cref="SegmenterModel.Margin"/> the rest are skipped.
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
        var context = analysis.Analyse(text, clusters, clusterHashes, _model.Lexicon);
        var model = _model;
        var tables = _tables;
        int margin = model.Margin;
        var h = context.Hashes;
        int m = h.Length;
        boundaries[0] = true;
        int since = 1;
        ulong l2 = Bos, l1 = h[0];
        for (int g = 1; g < m; g++)
        {
            ulong r1 = h[g], r2 = g + 1 < m ? h[g + 1] : Eos;
            int ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
            int ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
            int dist = Math.Min(since, 6);
            int dp = context.DictionaryBoundaries[g] ? 1 : 0;
            int score = tables.Icu0[((dp * 8 + ie) * 8 + istart) * 8 + ispan]
                + tables.Vocab0[((dp * 8 + ve) * 8 + vs) * 8 + vspan]
                + tables.Distance0[(dist * 8 + ve) * 8 + vs]
                + model.Weight(K(7, l1, r1))
                + model.Weight(K(9, l2, l1, r1))
                + model.Weight(K(10, l1, r1, r2))
                + model.Weight(K(25, (ulong)ve, (ulong)vs, (ulong)vspan, (ulong)(ie * 8 + istart)))
                + model.Weight(K(26, (ulong)ve, (ulong)vspan, l1))
                + model.Weight(K(27, (ulong)vs, (ulong)vspan, r1))
                + model.Weight(K(43, (ulong)dp, l1, r1));
            if (Math.Abs(score) < margin) score += StageOne(in context, g, dist, l2, l1, r1, r2);
            bool boundary = score > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
            l2 = l1;
            l1 = r1;
        }
        KeepCuratedTermsWhole(context.CuratedLongest, boundaries);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int StageOne(scoped in BoundaryContext context, int g, int dist, ulong l2, ulong l1, ulong r1, ulong r2)
    {
        var model = _model;
        var tables = _tables;
        var h = context.Hashes;
        var classes = context.Classes;
        int m = h.Length;
        ulong l3 = g >= 3 ? h[g - 3] : Bos, r3 = g + 2 < m ? h[g + 2] : Eos;
        ulong cl2 = g >= 2 ? classes[g - 2] : 99UL, cl1 = classes[g - 1], cr1 = classes[g];
        ulong cr2 = g + 1 < m ? classes[g + 1] : 99UL;
        int ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
        int ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
        return tables.Icu1[((ie * 8 + istart) * 8 + ispan) * 8 + vspan]
            + tables.Vocab1[ve * 8 + vs]
            + tables.DistanceClass1[dist * 256 + (int)cr1]
            + model.Weight(K(2, l1))
            + model.Weight(K(3, r1))
            + model.Weight(K(4, l2))
            + model.Weight(K(5, r2))
            + model.Weight(K(6, l2, l1))
            + model.Weight(K(8, r1, r2))
            + model.Weight(K(11, l3, l2, l1))
            + model.Weight(K(12, r1, r2, r3))
            + model.Weight(K(13, l2, r1))
            + model.Weight(K(14, l1, r2))
            + model.Weight(K(15, cl1, cr1))
            + model.Weight(K(16, cl2, cl1, cr1, cr2))
            + model.Weight(K(17, l1, cr1))
            + model.Weight(K(18, cl1, r1))
            + model.Weight(K(28, (ulong)ie, (ulong)ispan, l1))
            + model.Weight(K(29, (ulong)istart, (ulong)ispan, r1))
            + model.Weight(K(31, (ulong)dist, l1));
    }

    /// <summary>The score of gap g as the plain sum of the weights of <see cref="BoundaryFeatures.Extract"/>'s keys (both stages when stage 0 is not decisive).</summary>
    internal int ReferenceScore(scoped in BoundaryContext context, int g, int sinceBoundary)
    {
        Span<ulong> keys = stackalloc ulong[MaxFeatures];
        int n = Extract(in context, g, sinceBoundary, keys, 0);
        int score = 0;
        for (int k = 0; k < n; k++) score += _model.Weight(keys[k]);
        if (Math.Abs(score) < _model.Margin)
        {
            n = Extract(in context, g, sinceBoundary, keys, 1);
            for (int k = 0; k < n; k++) score += _model.Weight(keys[k]);
        }
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
