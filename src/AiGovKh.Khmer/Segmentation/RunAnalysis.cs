using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Reusable buffers holding the <see cref="BoundaryContext"/> of one Khmer run.</summary>
internal sealed class RunAnalysis
{
    private byte[] _icu = new byte[3 * 65];
    private byte[] _vocab = new byte[3 * 65];
    private byte[] _curatedLongest = new byte[64];
    private int[] _scores = new int[64];

    /// <summary>Scratch for the splitter's per-gap scores (at least <paramref name="count"/> entries).</summary>
    public Span<int> Scores(int count)
    {
        if (_scores.Length < count) _scores = new int[count * 2];
        return _scores.AsSpan(0, count);
    }

    /// <summary>
    /// Analyses a run of clusters given by their hashes and their ids in <paramref name="lexicon"/>'s alphabet; <paramref name="lexicon"/> has the ICU words as primary, the training vocabulary as
    /// secondary and the curated terms as tertiary list.
    /// </summary>
    public BoundaryContext Analyse(ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> ids, KhmerLexicon lexicon)
    {
        int count = hashes.Length;
        if (_curatedLongest.Length < count) // the three run buffers grow together
        {
            _icu = new byte[3 * (count * 2 + 1)];
            _vocab = new byte[3 * (count * 2 + 1)];
            _curatedLongest = new byte[count * 2];
        }
        int stride = count + 1;
        var icuEnds = _icu.AsSpan(0, stride);
        var icuStarts = _icu.AsSpan(stride, stride);
        var icuSpans = _icu.AsSpan(2 * stride, stride);
        var vocabEnds = _vocab.AsSpan(0, stride);
        var vocabStarts = _vocab.AsSpan(stride, stride);
        var vocabSpans = _vocab.AsSpan(2 * stride, stride);
        var curatedLongest = _curatedLongest.AsSpan(0, count);
        LexiconMatches.Find(lexicon, ids, new MatchLengths(icuEnds, icuStarts, icuSpans), new MatchLengths(vocabEnds, vocabStarts, vocabSpans), curatedLongest);
        return new BoundaryContext
        {
            Hashes = hashes,
            IcuEnds = icuEnds, IcuStarts = icuStarts, IcuSpans = icuSpans,
            VocabEnds = vocabEnds, VocabStarts = vocabStarts, VocabSpans = vocabSpans,
            CuratedLongest = curatedLongest,
        };
    }
}
