using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.TokenAttributes;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>Lucene.Net.ICU's <see cref="ICUTokenizer"/> (ICU4N, dictionary-based Khmer breaking), reused across texts.</summary>
internal sealed class IcuSegmenter : IDisposable
{
    private readonly ICUTokenizer _tokenizer = new(new StringReader(string.Empty));
    private readonly IOffsetAttribute _offsets;

    public IcuSegmenter() => _offsets = _tokenizer.AddAttribute<IOffsetAttribute>();

    public void Segment(string text, List<(int Start, int End)> words)
    {
        _tokenizer.SetReader(new StringReader(text));
        _tokenizer.Reset();
        while (_tokenizer.IncrementToken()) words.Add((_offsets.StartOffset, _offsets.EndOffset));
        _tokenizer.End();
        _tokenizer.Dispose();
    }

    public void Dispose() => _tokenizer.Dispose();
}
