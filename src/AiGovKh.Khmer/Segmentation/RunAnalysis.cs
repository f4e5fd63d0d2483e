using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Reusable buffers holding the <see cref="BoundaryContext"/> of one Khmer run.</summary>
internal sealed class RunAnalysis
{
    private byte[] _classes = new byte[64];
    private byte[] _icu = new byte[3 * 65];
    private byte[] _vocab = new byte[3 * 65];
    private bool[] _dictionaryBoundaries = new bool[65];
    private int[] _ids = new int[64];
    private int[] _pathCost = new int[65], _pathBack = new int[65];
    private bool[] _pathKnown = new bool[65];
    private byte[] _curatedLongest = new byte[64];
    // Cluster shapes by cluster id, filled as ids are met (−1: not yet): a run's clusters are mostly
    // a few hundred frequent ones, so one load replaces the loop over each cluster's characters.
    private short[] _shapeById = [];
    private KhmerLexicon? _shapeLexicon;

    /// <summary>
    /// Analyses a run; <paramref name="lexicon"/> has the ICU words as primary, the training vocabulary as
    /// secondary and the curated terms as tertiary list.
    /// </summary>
    public BoundaryContext Analyse(ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> hashes, KhmerLexicon lexicon)
    {
        int count = clusters.Length;
        if (_classes.Length < count)
        {
            _classes = new byte[count * 2];
            _icu = new byte[3 * (count * 2 + 1)];
            _vocab = new byte[3 * (count * 2 + 1)];
            _ids = new int[count * 2];
            _pathCost = new int[count * 2 + 1];
            _pathBack = new int[count * 2 + 1];
            _pathKnown = new bool[count * 2 + 1];
            _curatedLongest = new byte[count * 2];
            _dictionaryBoundaries = new bool[count * 2 + 1];
        }
        var ids = _ids.AsSpan(0, count);
        lexicon.Alphabet.IdsOf(hashes, ids);
        Classify(text, clusters, ids, lexicon);
        int stride = count + 1;
        var icuEnds = _icu.AsSpan(0, stride);
        var icuStarts = _icu.AsSpan(stride, stride);
        var icuSpans = _icu.AsSpan(2 * stride, stride);
        var vocabEnds = _vocab.AsSpan(0, stride);
        var vocabStarts = _vocab.AsSpan(stride, stride);
        var vocabSpans = _vocab.AsSpan(2 * stride, stride);
        var curatedLongest = _curatedLongest.AsSpan(0, count);
        // The fewest-words dictionary path over the whole run is itself a feature (stacking).
        var path = new FewestWordsPath(_pathCost, _pathBack, _pathKnown, count);
        LexiconMatches.Find(lexicon, ids, new MatchLengths(icuEnds, icuStarts, icuSpans), new MatchLengths(vocabEnds, vocabStarts, vocabSpans), in path, curatedLongest);
        var dictionaryBoundaries = _dictionaryBoundaries.AsSpan(0, count + 1);
        path.TraceBack(dictionaryBoundaries);
        return new BoundaryContext
        {
            DictionaryBoundaries = dictionaryBoundaries,
            Hashes = hashes,
            Ids = ids,
            Classes = _classes.AsSpan(0, count),
            IcuEnds = icuEnds, IcuStarts = icuStarts, IcuSpans = icuSpans,
            VocabEnds = vocabEnds, VocabStarts = vocabStarts, VocabSpans = vocabSpans,
            CuratedLongest = curatedLongest,
        };
    }

    private void Classify(ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<int> ids, KhmerLexicon lexicon)
    {
        if (!ReferenceEquals(_shapeLexicon, lexicon))
        {
            _shapeById = new short[lexicon.Alphabet.Size + 1];
            _shapeById.AsSpan().Fill(-1);
            _shapeLexicon = lexicon;
        }
        var shapes = _shapeById;
        var classes = _classes.AsSpan(0, clusters.Length);
        for (int i = 0; i < classes.Length; i++)
        {
            int id = ids[i];
            int shape = id != 0 ? shapes[id] : -1;
            if (shape < 0)
            {
                shape = BoundaryFeatures.Classify(text[clusters[i]]);
                if (id != 0) shapes[id] = (short)shape;
            }
            classes[i] = (byte)shape;
        }
    }
}
