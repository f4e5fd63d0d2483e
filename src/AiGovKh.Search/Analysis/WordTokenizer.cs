using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AiGovKh.Search.Analysis;

/// <summary>
/// Splits mixed Khmer/Latin text into words: the text is normalised (<see cref="NormalizedText"/>)
/// and segmented by <see cref="KhmerSegmenter"/>; Khmer words are marked as keywords so English
/// stemming leaves them alone; numbers are emitted with ASCII digits so ១២ matches 12.
/// Offsets point into the original text.
/// </summary>
public sealed class WordTokenizer : Tokenizer
{
    public const string KhmerType = "<KHMER>";
    public const string LatinType = "<LATIN>";
    public const string NumberType = "<NUM>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly ITypeAttribute _type;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _position;
    private IReadOnlyList<WordSpan> _words = [];
    private NormalizedText? _text;
    private int _next;
    private int _originalLength;

    public WordTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _type = AddAttribute<ITypeAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = _text!;
        while (_next < _words.Count)
        {
            var word = _words[_next++];
            if (word.Kind is WordKind.Other or WordKind.Punctuation || word.Length == 0) continue;
            var span = text.Text.AsSpan(word.Start, word.Length);
            _term.SetEmpty();
            _term.Append(text.Text, word.Start, word.Length);
            switch (word.Kind)
            {
                case WordKind.Khmer:
                    if (!ContainsKhmerLetter(span)) continue;
                    _type.Type = KhmerType;
                    _keyword.IsKeyword = true;
                    break;
                case WordKind.Number:
                    KhmerChars.FoldDigits(_term.Buffer.AsSpan(0, _term.Length));
                    _type.Type = NumberType;
                    _keyword.IsKeyword = true;
                    break;
                default:
                    _type.Type = LatinType;
                    break;
            }
            _position.PositionIncrement = 1;
            int start = text.OriginalStart(word.Start);
            int end = text.OriginalEnd(word.Start + word.Length - 1);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
            return true;
        }
        return false;
    }

    private static bool ContainsKhmerLetter(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (KhmerChars.IsKhmerLetter(c)) return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        string original = m_input.ReadToEnd();
        _originalLength = original.Length;
        _text = NormalizedText.From(original);
        _words = SegmentationCache.Segment(_text.Text);
        _next = 0;
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
        if (disposing)
        {
            _text = null;
            _words = [];
        }
    }
}
