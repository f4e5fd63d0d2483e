using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AiGovKh.Search.Analysis;

/// <summary>
/// Emits overlapping pairs of Khmer character clusters (<c>ក|ម្ពុ|ជា</c> → <c>កម្ពុ</c>, <c>ម្ពុជា</c>)
/// for every unbroken run of Khmer letters, so that a phrase query over a word's bigrams finds the
/// word wherever it occurs, even when the segmenter does not know it. A run of one cluster is emitted
/// as itself. Runs are separated by a position gap so phrases never span two runs.
/// Where the segmenter puts a word boundary, an edge-marked copy of the bigram shares its position
/// (<see cref="StartOf"/> when the bigram's first cluster begins a word, <see cref="EndOf"/> when its last
/// cluster ends one), so a query can ask for bigram matches that line up with words.
/// </summary>
/// <remarks>
/// The markers are part of the bigram's term: a bare marker term at every word boundary made a phrase
/// read all those positions for every candidate document (a frequent word cost 8 ms instead of 1.3 ms
/// over 20,000 documents). The bare <see cref="WordStart"/> and <see cref="WordEnd"/> are still emitted
/// once per text, so their document frequency is known for scoring (see <c>HubSearcher</c>).
/// </remarks>
public sealed class ClusterBigramTokenizer : Tokenizer
{
    /// <summary>Marker prefix: a word begins with this bigram's first cluster.</summary>
    public const string WordStart = "\u0002";
    /// <summary>Marker suffix: a word ends with this bigram's last cluster.</summary>
    public const string WordEnd = "\u0003";

    /// <summary>The term of <paramref name="bigram"/> where a word begins with its first cluster.</summary>
    public static string StartOf(string bigram) => WordStart + bigram;

    /// <summary>The term of <paramref name="bigram"/> where a word ends with its last cluster.</summary>
    public static string EndOf(string bigram) => bigram + WordEnd;

    /// <summary>True for an edge-marked term (<see cref="StartOf"/> or <see cref="EndOf"/>).</summary>
    public static bool IsEdgeMarked(string term) => term.StartsWith(WordStart, StringComparison.Ordinal) || term.EndsWith(WordEnd, StringComparison.Ordinal);

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<Range> _clusters = [];
    private readonly List<(int Start, int End)> _runs = [];
    private readonly HashSet<int> _wordStarts = [];
    private readonly HashSet<int> _wordEnds = [];
    private readonly Queue<(string Marker, int From, int To, bool Bare)> _markers = new();
    private bool _bareStart;
    private bool _bareEnd;
    private NormalizedText? _text;
    private int _run;
    private int _cluster;
    private bool _runStarted;
    private int _originalLength;

    private readonly bool _markWordEdges;

    /// <param name="input">The text.</param>
    /// <param name="markWordEdges">Emit the <see cref="WordStart"/>/<see cref="WordEnd"/> markers (costs a segmentation pass).</param>
    public ClusterBigramTokenizer(TextReader input, bool markWordEdges = true) : base(input)
    {
        _markWordEdges = markWordEdges;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text!;
        if (_markers.TryDequeue(out var marker))
        {
            _term.SetEmpty();
            if (marker.Bare) _term.Append(marker.Marker);
            else
            {
                if (marker.Marker == WordStart) _term.Append(WordStart);
                _term.Append(text.Text, marker.From, marker.To - marker.From);
                if (marker.Marker == WordEnd) _term.Append(WordEnd);
            }
            _position.PositionIncrement = 0;
            _offset.SetOffset(CorrectOffset(text.OriginalStart(marker.From)), CorrectOffset(text.OriginalEnd(marker.To - 1)));
            return true;
        }
        while (_run < _runs.Count)
        {
            if (!_runStarted)
            {
                var (s, e) = _runs[_run];
                _clusters.Clear();
                KhmerClusters.Split(text.Text.AsSpan(s, e - s), _clusters);

                _cluster = 0;
                _runStarted = true;
            }
            int runStart = _runs[_run].Start;
            int count = _clusters.Count;
            if (count == 0 || (_cluster > 0 && _cluster >= count - 1))
            {
                _run++;
                _runStarted = false;
                continue;
            }
            var first = _clusters[_cluster];
            var last = count == 1 ? first : _clusters[_cluster + 1];
            int from = runStart + first.Start.Value;
            int to = runStart + last.End.Value;
            _term.SetEmpty();
            _term.Append(text.Text, from, to - from);
            _position.PositionIncrement = _cluster == 0 && _run > 0 ? 2 : 1;
            _offset.SetOffset(CorrectOffset(text.OriginalStart(from)), CorrectOffset(text.OriginalEnd(to - 1)));
            int firstStart = runStart + first.Start.Value, lastEnd = runStart + last.End.Value;
            if (_wordStarts.Contains(firstStart)) Mark(WordStart, from, to, ref _bareStart);
            if (_wordEnds.Contains(lastEnd)) Mark(WordEnd, from, to, ref _bareEnd);
            _cluster++;
            if (count == 1) { _run++; _runStarted = false; }
            return true;
        }
        return false;
    }

    private void Mark(string marker, int from, int to, ref bool bareDone)
    {
        _markers.Enqueue((marker, from, to, false));
        if (bareDone) return;
        // Once per text: the bare marker only says "this field has Khmer word edges"; its document
        // frequency is what the edge-marked terms are scored with (see HubSearcher).
        _markers.Enqueue((marker, from, to, true));
        bareDone = true;
    }

    private void FindWordBoundaries(string text)
    {
        _wordStarts.Clear();
        _wordEnds.Clear();
        if (!_markWordEdges) return;
        foreach (var word in SegmentationCache.Segment(text))
        {
            _wordStarts.Add(word.Start);
            _wordEnds.Add(word.End);
        }
    }

    public override void Reset()
    {
        base.Reset();
        string original = m_input.ReadToEnd();
        _originalLength = original.Length;
        _text = NormalizedText.From(original);
        FindRuns(_text.Text, _runs);
        FindWordBoundaries(_text.Text);
        _run = 0;
        _cluster = 0;
        _runStarted = false;
        _markers.Clear();
        _bareStart = false;
        _bareEnd = false;
    }

    private static void FindRuns(string text, List<(int, int)> runs)
    {
        runs.Clear();
        int i = 0;
        while (i < text.Length)
        {
            if (!KhmerChars.IsKhmerLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && KhmerChars.IsKhmerLetter(text[i])) i++;
            runs.Add((start, i));
        }
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_originalLength);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _text = null;
    }
}
