using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Reusable buffers holding the <see cref="BoundaryContext"/> of one Khmer run.</summary>
internal sealed class RunAnalysis
{
    private byte[] _classes = new byte[64];
    private byte[] _icu = new byte[3 * 65];
    private byte[] _vocab = new byte[3 * 65];
    private int[] _alive = new int[64];
    private ulong[] _sequence = new ulong[64];

    /// <summary>Analyses a run; <paramref name="lexicon"/> has the ICU words as primary and the training vocabulary as secondary list.</summary>
    public BoundaryContext Analyse(ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> hashes, KhmerLexicon lexicon)
    {
        int count = clusters.Length;
        if (_classes.Length < count)
        {
            _classes = new byte[count * 2];
            _icu = new byte[3 * (count * 2 + 1)];
            _vocab = new byte[3 * (count * 2 + 1)];
            _alive = new int[count * 2];
            _sequence = new ulong[count * 2];
        }
        for (int i = 0; i < count; i++) _classes[i] = BoundaryFeatures.Classify(text[clusters[i]]);
        int stride = count + 1;
        var icuEnds = _icu.AsSpan(0, stride);
        var icuStarts = _icu.AsSpan(stride, stride);
        var icuSpans = _icu.AsSpan(2 * stride, stride);
        var vocabEnds = _vocab.AsSpan(0, stride);
        var vocabStarts = _vocab.AsSpan(stride, stride);
        var vocabSpans = _vocab.AsSpan(2 * stride, stride);
        LexiconMatches.Find(lexicon, hashes, new MatchLengths(icuEnds, icuStarts, icuSpans), new MatchLengths(vocabEnds, vocabStarts, vocabSpans), _alive, _sequence);
        return new BoundaryContext
        {
            Hashes = hashes,
            Classes = _classes.AsSpan(0, count),
            IcuEnds = icuEnds, IcuStarts = icuStarts, IcuSpans = icuSpans,
            VocabEnds = vocabEnds, VocabStarts = vocabStarts, VocabSpans = vocabSpans,
        };
    }
}
