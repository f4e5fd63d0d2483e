using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Splits mixed Khmer text into words: Khmer words (statistical model or dictionary), Latin words,
/// numbers (Khmer or ASCII digits), URLs. Thread-safe; the instances are immutable.
/// </summary>
/// <remarks>
/// The input is expected to be normalised with <see cref="Normalization.KhmerNormalizer.Normalize"/>;
/// <see cref="Segment(ReadOnlySpan{char}, List{WordSpan})"/> does not normalise (offsets refer to the
/// span it is given), but it is robust to raw text: zero-width spaces and spaces end words, ZWJ/ZWNJ
/// stay inside the word they were typed in, broken sequences never throw.
/// </remarks>
public sealed class KhmerSegmenter
{
    private readonly KhmerRunSplitter _splitter;

    internal KhmerSegmenter(KhmerRunSplitter splitter) => _splitter = splitter;

    /// <summary>The statistical model, when this segmenter uses one.</summary>
    internal SegmenterModel? Model => (_splitter as PerceptronRunSplitter)?.Model;

    /// <summary>
    /// The statistical segmenter: an averaged-perceptron boundary model over Khmer clusters, trained
    /// on the khPOS corpus (CC BY-NC-SA 4.0), with ICU dictionary features. Loaded lazily once.
    /// </summary>
    public static KhmerSegmenter Default => DefaultHolder.Instance;

    /// <summary>Dictionary-only segmenter (ICU Khmer dictionary + curated list, no NC-licensed data).</summary>
    public static KhmerSegmenter DictionaryOnly => DictionaryHolder.Instance;

    /// <summary>Appends the words of <paramref name="text"/> (not punctuation, spaces or invisible characters) to <paramref name="words"/>.</summary>
    public void Segment(ReadOnlySpan<char> text, List<WordSpan> words) => Segment(text, words, includePunctuation: false);

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>; with <paramref name="includePunctuation"/>, punctuation and symbols too (one per character, <see cref="WordKind.Punctuation"/>).</summary>
    public void Segment(ReadOnlySpan<char> text, List<WordSpan> words, bool includePunctuation)
    {
        ArgumentNullException.ThrowIfNull(words);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || KhmerChar.IsInvisible(c)) { i++; continue; }
            if (KhmerChar.IsWordChar(c)) { i = SegmentKhmerRun(text, i, words); continue; }
            if (c == '\u17D7') { words.Add(new WordSpan(i, 1, WordKind.Khmer)); i++; continue; }
            if (TextScanner.IsDigit(c))
            {
                int end = TextScanner.NumberEnd(text, i);
                if (c < 0x80 && end < text.Length && TextScanner.IsOtherLetter(text, end)) { end = TextScanner.LatinEnd(text, end); words.Add(new WordSpan(i, end - i, WordKind.Latin)); }
                else words.Add(new WordSpan(i, end - i, WordKind.Number));
                i = end;
                continue;
            }
            int url = TextScanner.UrlLength(text, i);
            if (url > 0) { words.Add(new WordSpan(i, url, WordKind.Other)); i += url; continue; }
            if (TextScanner.IsOtherLetter(text, i))
            {
                int end = TextScanner.LatinEnd(text, i);
                words.Add(new WordSpan(i, end - i, WordKind.Latin));
                i = end;
                continue;
            }
            int length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            if (includePunctuation) words.Add(new WordSpan(i, length, WordKind.Punctuation));
            i += length;
        }
    }

    /// <summary>Segments a string and returns the words as strings (convenience; allocates).</summary>
    public IReadOnlyList<string> SegmentToStrings(string text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var words = new List<WordSpan>();
        Segment(text, words);
        var result = new string[words.Count];
        for (int i = 0; i < result.Length; i++) result[i] = text.Substring(words[i].Start, words[i].Length);
        return result;
    }

    private int SegmentKhmerRun(ReadOnlySpan<char> text, int start, List<WordSpan> words)
    {
        var scanner = KhmerRunScanner.ForThread;
        int end = scanner.Scan(text, start, _splitter.Lexicon.Alphabet);
        int count = scanner.Count;
        var clusters = scanner.Clusters;
        var boundaries = scanner.Boundaries;
        _splitter.Split(start, text[start..end], clusters, scanner.Hashes, scanner.Ids, boundaries);
        boundaries[0] = true;
        boundaries[count] = true;
        int wordStart = 0;
        for (int k = 1; k <= count; k++)
        {
            if (!boundaries[k]) continue;
            int s = clusters[wordStart].Start.Value;
            int e = clusters[k - 1].End.Value;
            words.Add(new WordSpan(start + s, e - s, WordKind.Khmer));
            wordStart = k;
        }
        return end;
    }

    private static class DictionaryHolder
    {
        public static readonly KhmerSegmenter Instance = new(new LexiconRunSplitter(KhmerLexicon.Icu));
    }

    private static class DefaultHolder
    {
        public static readonly KhmerSegmenter Instance = SegmenterModel.TryLoadEmbedded() is { } model
            ? new KhmerSegmenter(new PerceptronRunSplitter(model))
            : DictionaryOnly;
    }
}
