using System.Runtime.CompilerServices;
using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams,
/// cluster shapes and dictionary matches, decided greedily left to right.
/// </summary>
/// <remarks>
/// Scores the same features as <see cref="BoundaryFeatures.Extract"/> (which training uses), in two passes:
/// first the part of every gap's score that does not depend on earlier decisions (each n-gram record loaded
/// once per position, features made only of small numbers summed in <see cref="FeatureTables"/>), then the
/// left-to-right pass that adds the distance to the previous boundary. <see cref="ReferenceScore"/> is the
/// plain sum, for tests.
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
        int m = clusterHashes.Length;
        boundaries[0] = true;
        if (m > 1)
        {
            var scores = analysis.Scores(m);
            var distanceKeys = analysis.DistanceKeys(m);
            ScoreFixedFeatures(in context, scores, distanceKeys);
            Decide(in context, scores, distanceKeys, boundaries);
        }
        KeepCuratedTermsWhole(context.CuratedLongest, boundaries);
    }

    /// <summary>
    /// The part of every gap's score that does not depend on earlier decisions. No gap waits for another,
    /// so the weight loads of many gaps are in flight together; each n-gram record is loaded once.
    /// </summary>
    private void ScoreFixedFeatures(scoped in BoundaryContext context, Span<int> scores, Span<ulong> distanceKeys)
    {
        var model = _model;
        var tables = _tables;
        var h = context.Hashes;
        var classes = context.Classes;
        int m = h.Length;
        // Records of the n-grams starting 2, 1 and 0 clusters before the gap (u: up to 1 after it), slid along the run.
        ulong u0 = model.Record(UnigramAt(h, -1)), u1 = model.Record(UnigramAt(h, 0)), u2 = model.Record(UnigramAt(h, 1));
        ulong b0 = model.Record(BigramAt(h, -1)), b1 = model.Record(BigramAt(h, 0));
        ulong t0 = model.Record(TrigramAt(h, -2)), t1 = model.Record(TrigramAt(h, -1)), t2 = model.Record(TrigramAt(h, 0));
        ulong s0 = model.Record(SkipBigramAt(h, -1));
        for (int g = 1; g < m; g++)
        {
            ulong u3 = model.Record(UnigramAt(h, g + 1));
            ulong b2 = model.Record(BigramAt(h, g));
            ulong t3 = model.Record(TrigramAt(h, g));
            ulong s1 = model.Record(SkipBigramAt(h, g - 1));
            ulong l1 = h[g - 1], r1 = h[g];
            int ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
            int ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
            int dp = context.DictionaryBoundaries[g] ? 1 : 0;
            ulong cl2 = ClassAt(classes, g - 2), cl1 = classes[g - 1], cr1 = classes[g], cr2 = ClassAt(classes, g + 1);
            scores[g] = SegmenterModel.Field(u0, 0) + SegmenterModel.Field(u1, 1) + SegmenterModel.Field(u2, 2) + SegmenterModel.Field(u3, 3)
                + SegmenterModel.Field(b0, 0) + SegmenterModel.Field(b1, 1 + dp) + SegmenterModel.Field(b2, 3)
                + SegmenterModel.Field(t0, 0) + SegmenterModel.Field(t1, 1) + SegmenterModel.Field(t2, 2) + SegmenterModel.Field(t3, 3)
                + SegmenterModel.Field(s0, 0) + SegmenterModel.Field(s1, 1)
                + tables.Icu[(((dp * 8 + ie) * 8 + istart) * 8 + ispan) * 8 + vspan]
                + tables.Vocab[((dp * 8 + ve) * 8 + vs) * 8 + vspan]
                + tables.Combined[(((ve * 8 + vs) * 8 + vspan) * 8 + ie) * 8 + istart]
                + model.Weight(K(15, cl1, cr1))
                + model.Weight(K(16, cl2, cl1, cr1, cr2))
                + model.Weight(K(26, (ulong)ve, (ulong)vspan, l1))
                + model.Weight(K(27, (ulong)vs, (ulong)vspan, r1))
                + model.Weight(K(28, (ulong)ie, (ulong)ispan, l1))
                + model.Weight(K(29, (ulong)istart, (ulong)ispan, r1));
            distanceKeys[g] = K(31, 0, l1);
            u0 = u1; u1 = u2; u2 = u3;
            b0 = b1; b1 = b2;
            t0 = t1; t1 = t2; t2 = t3;
            s0 = s1;
        }
    }

    /// <summary>Left to right: adds the features of the distance to the previous boundary and decides.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Decide(scoped in BoundaryContext context, ReadOnlySpan<int> scores, ReadOnlySpan<ulong> distanceKeys, Span<bool> boundaries)
    {
        var model = _model;
        var tables = _tables;
        var classes = context.Classes;
        int since = 1;
        for (int g = 1; g < scores.Length; g++)
        {
            int dist = Math.Min(since, 6);
            int score = scores[g]
                + tables.Distance[(dist * 8 + context.VocabEnds[g]) * 8 + context.VocabStarts[g]]
                + tables.DistanceClass[dist * 256 + classes[g]]
                + model.Weight(DistanceKey(distanceKeys[g], dist));
            bool boundary = score > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
        }
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
