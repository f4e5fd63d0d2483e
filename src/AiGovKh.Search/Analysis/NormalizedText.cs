using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Search.Analysis;

/// <summary>
/// Text normalised for search together with a map from every normalised character back to the
/// span of the original text it came from, so tokens and highlights point into what the reader sees.
/// </summary>
/// <remarks>
/// The text is normalised chunk by chunk (a chunk ends at white space or an invisible separator),
/// because <see cref="KhmerNormalizer"/> may change lengths; where a chunk's length changes, its
/// characters map cluster by cluster when the cluster counts agree, otherwise to the whole chunk.
/// Zero-width spaces and similar invisible separators are dropped, so a word typed with them matches
/// the same word typed without.
/// </remarks>
public sealed class NormalizedText
{
    private readonly int[] _start;
    private readonly int[] _end;

    private NormalizedText(string text, int[] start, int[] end)
    {
        Text = text;
        _start = start;
        _end = end;
    }

    /// <summary>The normalised text.</summary>
    public string Text { get; }

    /// <summary>Original offset where the normalised character at <paramref name="index"/> begins.</summary>
    public int OriginalStart(int index) => _start[index];

    /// <summary>Original offset just after the normalised character at <paramref name="index"/>.</summary>
    public int OriginalEnd(int index) => _end[index];

    /// <summary>Characters dropped outright: zero-width space, BOM, word joiner, soft hyphen.</summary>
    public static bool IsInvisibleSeparator(char c) => c is '\u200B' or '\uFEFF' or '\u2060' or '\u00AD';

    public static NormalizedText From(string original)
    {
        var text = new System.Text.StringBuilder(original.Length);
        var start = new List<int>(original.Length);
        var end = new List<int>(original.Length);
        var clusters = new List<Range>();
        var normalizedClusters = new List<Range>();
        int i = 0;
        while (i < original.Length)
        {
            char c = original[i];
            if (IsInvisibleSeparator(c)) { i++; continue; }
            if (char.IsWhiteSpace(c))
            {
                text.Append(' ');
                start.Add(i);
                end.Add(i + 1);
                i++;
                continue;
            }
            int chunkStart = i;
            while (i < original.Length && !char.IsWhiteSpace(original[i]) && !IsInvisibleSeparator(original[i])) i++;
            AppendChunk(original, chunkStart, i, text, start, end, clusters, normalizedClusters);
        }
        return new NormalizedText(text.ToString(), [.. start], [.. end]);
    }

    private static void AppendChunk(string original, int from, int to, System.Text.StringBuilder text,
        List<int> start, List<int> end, List<Range> clusters, List<Range> normalizedClusters)
    {
        string chunk = original.Substring(from, to - from);
        string normalized = NeedsNormalizing(chunk) ? KhmerNormalizer.NormalizeForSearch(chunk) : chunk;
        text.Append(normalized);
        if (normalized.Length == chunk.Length)
        {
            for (int k = 0; k < normalized.Length; k++) { start.Add(from + k); end.Add(from + k + 1); }
            return;
        }
        clusters.Clear();
        normalizedClusters.Clear();
        KhmerClusters.Split(chunk, clusters);
        KhmerClusters.Split(normalized, normalizedClusters);
        if (clusters.Count == normalizedClusters.Count)
        {
            for (int c = 0; c < clusters.Count; c++)
            {
                var (o, ol) = clusters[c].GetOffsetAndLength(chunk.Length);
                var (_, nl) = normalizedClusters[c].GetOffsetAndLength(normalized.Length);
                for (int k = 0; k < nl; k++) { start.Add(from + o); end.Add(from + o + ol); }
            }
            return;
        }
        for (int k = 0; k < normalized.Length; k++) { start.Add(from); end.Add(to); }
    }

    private static bool NeedsNormalizing(string chunk)
    {
        foreach (char c in chunk)
        {
            if (c >= '\u0080') return true;
        }
        return false;
    }
}
