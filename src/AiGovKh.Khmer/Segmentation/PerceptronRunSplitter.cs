using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AiGovKh.Khmer.Lexicon;
using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Statistical splitting: a linear (averaged perceptron) boundary classifier over cluster n-grams and
/// dictionary matches, decided greedily left to right.
/// </summary>
/// <remarks>
/// Scores the same features as <see cref="BoundaryFeatures.Extract"/> (which training uses), but features
/// made only of small numbers come summed from <see cref="FeatureTables"/>, the n-gram window slides
/// along the run instead of being re-read per gap, and everything but the distance to the previous
/// boundary is scored for all gaps before the decisions are taken. <see cref="ReferenceScore"/> is the plain sum, for tests.
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

    public override KhmerLexicon Lexicon => _model.Lexicon;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, ReadOnlySpan<int> clusterIds, Span<bool> boundaries)
    {
        var analysis = t_analysis ??= new RunAnalysis();
        var context = analysis.Analyse(clusterHashes, clusterIds, _model.Lexicon);
        int m = context.Hashes.Length;
        var partial = analysis.Scores(m);
        ScoreGapsApartFromDistance(in context, partial);
        boundaries[0] = true;
        int since = 1;
        var vocabEnds = context.VocabEnds;
        var vocabStarts = context.VocabStarts;
        var distance = _tables.Distance;
        for (int g = 1; g < m; g++)
        {
            int dist = Math.Min(since, 6);
            bool boundary = partial[g] + distance[(dist * 8 + vocabEnds[g]) * 8 + vocabStarts[g]] > 0;
            boundaries[g] = boundary;
            since = boundary ? 1 : since + 1;
        }
        KeepCuratedTermsWhole(context.CuratedLongest, boundaries);
    }

    /// <summary>
    /// Every part of each gap's score that does not depend on earlier decisions (all but the distance to the
    /// previous boundary): the gaps are independent, so their loads overlap. The spans and tables are read through
    /// references without bounds checks — the indices are match lengths of at most <see cref="LexiconMatches.Cap"/>
    /// and gap numbers below the spans' lengths — because the checks and the reloads of the spans cost more than
    /// the lookups themselves.
    /// </summary>
    private void ScoreGapsApartFromDistance(scoped in BoundaryContext context, Span<int> partial)
    {
        int m = context.Hashes.Length;
        if (m < 2) return;
        // What makes the unchecked reads below safe: every span holds an entry per gap.
        if (partial.Length < m || context.VocabEnds.Length < m || context.VocabStarts.Length < m || context.VocabSpans.Length < m
            || context.IcuEnds.Length < m || context.IcuStarts.Length < m || context.IcuSpans.Length < m)
        {
            throw new ArgumentException("The boundary context needs an entry per gap.", nameof(context));
        }
        ref short weights = ref _model.FirstWeight;
        ref int icu = ref MemoryMarshal.GetArrayDataReference(_tables.Icu);
        ref int vocab = ref MemoryMarshal.GetArrayDataReference(_tables.Vocab);
        ref ulong h = ref MemoryMarshal.GetReference(context.Hashes);
        ref byte vocabEnds = ref MemoryMarshal.GetReference(context.VocabEnds);
        ref byte vocabStarts = ref MemoryMarshal.GetReference(context.VocabStarts);
        ref byte vocabSpans = ref MemoryMarshal.GetReference(context.VocabSpans);
        ref byte icuEnds = ref MemoryMarshal.GetReference(context.IcuEnds);
        ref byte icuStarts = ref MemoryMarshal.GetReference(context.IcuStarts);
        ref byte icuSpans = ref MemoryMarshal.GetReference(context.IcuSpans);
        ref int score = ref MemoryMarshal.GetReference(partial);
        ulong l2 = Bos, l1 = h;
        for (int g = 1; g < m; g++)
        {
            ulong r1 = Unsafe.Add(ref h, g), r2 = g + 1 < m ? Unsafe.Add(ref h, g + 1) : Eos;
            uint ve = Unsafe.Add(ref vocabEnds, g), vs = Unsafe.Add(ref vocabStarts, g), vspan = Unsafe.Add(ref vocabSpans, g);
            uint ie = Unsafe.Add(ref icuEnds, g), istart = Unsafe.Add(ref icuStarts, g), ispan = Unsafe.Add(ref icuSpans, g);
            Unsafe.Add(ref score, g) = Unsafe.Add(ref icu, (int)((ie * 8 + istart) * 8 + ispan))
                + Unsafe.Add(ref vocab, (int)((((ve * 8 + vs) * 8 + vspan) * 8 + ie) * 8 + istart))
                + Unsafe.Add(ref weights, SegmenterModel.SlotOf(K(7, l1, r1)))
                + Unsafe.Add(ref weights, SegmenterModel.SlotOf(K(9, l2, l1, r1)))
                + Unsafe.Add(ref weights, SegmenterModel.SlotOf(K(10, l1, r1, r2)))
                + Unsafe.Add(ref weights, SegmenterModel.SlotOf(K(26, ve, vspan, l1)))
                + Unsafe.Add(ref weights, SegmenterModel.SlotOf(K(27, vs, vspan, r1)));
            l2 = l1;
            l1 = r1;
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
