namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// The dictionary-only segmentation of a run: the path with the fewest words where every word is in the
/// lexicon, an unknown cluster costing more than a word; consecutive unknown clusters are kept together as
/// one word (names and loanwords rather than a spray of syllables).
/// </summary>
/// <remarks>
/// Built while the lexicon is walked: a walk from start i meets the words starting at i in order of length,
/// and every word ending at i started before i, so the cost of reaching i is final when its walk begins.
/// Call <see cref="Unknown"/> and then <see cref="Word"/> for each start in increasing order, then <see cref="TraceBack"/>.
/// </remarks>
internal readonly ref struct FewestWordsPath
{
    private const int WordCost = 10, UnknownCost = 25;
    private readonly Span<int> _best;
    private readonly Span<int> _back;
    private readonly Span<bool> _known;

    /// <summary>A path over a run of <paramref name="count"/> clusters, in scratch spans of at least count + 1 entries each.</summary>
    public FewestWordsPath(Span<int> best, Span<int> back, Span<bool> known, int count)
    {
        _best = best[..(count + 1)];
        _back = back[..(count + 1)];
        _known = known[..(count + 1)];
        _best.Fill(int.MaxValue);
        _best[0] = 0;
    }

    /// <summary>Cluster i read as an unknown word of its own (a cheaper path may replace it).</summary>
    public void Unknown(int i) => Relax(i, i + 1, _best[i] + UnknownCost, isWord: false);

    /// <summary>A lexicon word of <paramref name="length"/> clusters starting at cluster i.</summary>
    public void Word(int i, int length) => Relax(i, i + length, _best[i] + WordCost, isWord: true);

    /// <summary>Marks where the path starts words (boundaries[0..count)); runs of unknown clusters are one word.</summary>
    public void TraceBack(Span<bool> boundaries)
    {
        int count = _best.Length - 1;
        boundaries[..count].Clear();
        for (int end = count; end > 0;)
        {
            int start = _back[end];
            bool mergeWithPreviousUnknown = !_known[end] && start > 0 && !_known[start] && _back[start] == start - 1;
            if (!mergeWithPreviousUnknown) boundaries[start] = true;
            end = start;
        }
        boundaries[0] = true;
    }

    private void Relax(int from, int to, int cost, bool isWord)
    {
        if (cost < _best[to] || (cost == _best[to] && isWord && !_known[to]))
        {
            _best[to] = cost;
            _back[to] = from;
            _known[to] = isWord;
        }
    }
}
