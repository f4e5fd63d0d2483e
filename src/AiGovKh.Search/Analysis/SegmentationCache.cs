using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Search.Analysis;

/// <summary>
/// Remembers the last text each thread segmented. Every text field is analysed twice, as words and as
/// cluster bigrams whose word-edge markers need the same segmentation; Lucene analyses a document's
/// fields sorted by name, so <c>body</c> is followed by <c>body.bi</c> and the second pass is free.
/// </summary>
internal static class SegmentationCache
{
    [ThreadStatic] private static string? t_text;
    [ThreadStatic] private static List<WordSpan>? t_words;

    /// <summary>The words of <paramref name="text"/>, shared with the cache: copy before changing.</summary>
    public static IReadOnlyList<WordSpan> Segment(string text)
    {
        if (t_words is not null && string.Equals(t_text, text, StringComparison.Ordinal)) return t_words;
        var words = t_words ??= [];
        words.Clear();
        KhmerSegmenter.Default.Segment(text, words);
        t_text = text;
        return words;
    }
}
