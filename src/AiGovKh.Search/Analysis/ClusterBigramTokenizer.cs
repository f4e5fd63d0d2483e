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
/// </summary>
public sealed class ClusterBigramTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<Range> _clusters = [];
    private readonly List<(int Start, int End)> _runs = [];
    private NormalizedText? _text;
    private int _run;
    private int _cluster;
    private bool _runStarted;
    private int _originalLength;

    public ClusterBigramTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text!;
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
            _cluster++;
            if (count == 1) { _run++; _runStarted = false; }
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        string original = m_input.ReadToEnd();
        _originalLength = original.Length;
        _text = NormalizedText.From(original);
        FindRuns(_text.Text, _runs);
        _run = 0;
        _cluster = 0;
        _runStarted = false;
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
