using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;
using AiGovKh.Search.Analysis;

namespace AiGovKh.Search.Highlighting;

/// <summary>Finds cut points that never split a Khmer character cluster.</summary>
internal static class ClusterBoundary
{
    private const int Lookback = 64;

    /// <summary>The greatest cluster boundary at or before <paramref name="index"/>.</summary>
    public static int Floor(string text, int index)
    {
        if (index <= 0) return 0;
        if (index >= text.Length) return text.Length;
        if (!IsKhmer(text[index]) || !IsKhmer(text[index - 1])) return index;
        int safe = index;
        while (safe > 0 && index - safe < Lookback && IsKhmer(text[safe - 1])) safe--;
        var clusters = new List<Range>();
        int end = Math.Min(text.Length, index + Lookback);
        KhmerClusters.Split(text.AsSpan(safe, end - safe), clusters);
        int best = safe;
        foreach (var cluster in clusters)
        {
            int start = safe + cluster.Start.GetOffset(end - safe);
            if (start > index) break;
            best = start;
        }
        return best;
    }

    /// <summary>A boundary near <paramref name="index"/>, preferring white space up to <paramref name="slack"/> characters back.</summary>
    public static int Near(string text, int index, int slack)
    {
        index = Math.Clamp(index, 0, text.Length);
        for (int i = index; i > 0 && index - i <= slack; i--)
        {
            if (char.IsWhiteSpace(text[i - 1])) return i;
        }
        return Floor(text, index);
    }

    private static bool IsKhmer(char c) => KhmerChars.IsKhmerLetter(c);
}
