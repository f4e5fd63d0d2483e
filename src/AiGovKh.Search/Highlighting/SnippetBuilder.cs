using AiGovKh.Search.Querying;
using Lucene.Net.Analysis;

namespace AiGovKh.Search.Highlighting;

/// <summary>
/// Picks the passage of a text with the most query matches and marks them. Matches are found by
/// analysing the text with the index's own analyzers (words and cluster bigrams), so what is marked
/// is what matched; cuts fall on white space or cluster boundaries, never inside a Khmer cluster.
/// </summary>
internal static class SnippetBuilder
{
    public const int Length = 220;
    private const int Lead = 40;

    public static Snippet Build(string text, ParsedQuery query, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(text)) return Snippet.Empty;
        // Analysing a whole body per hit is too slow for a results page; find where a match probably is
        // with a plain string search, then analyse only the passage around it.
        var (from, to) = Passage(text, query);
        var matches = FindMatches(text[from..to], query, analyzer);
        for (int i = 0; i < matches.Count; i++) matches[i] = (matches[i].Start + from, matches[i].End + from);
        int start = from;
        if (matches.Count > 0)
        {
            var anchor = BestAnchor(matches);
            start = anchor.Start - from <= Lead ? from : ClusterBoundary.Near(text, anchor.Start - Lead, 20);
        }
        int end = start + Length >= text.Length ? text.Length : ClusterBoundary.Near(text, start + Length, 30);
        if (end <= start) end = Math.Min(text.Length, start + Length);
        return Cut(text, start, end, matches);
    }

    private static (int From, int To) Passage(string text, ParsedQuery query)
    {
        int anchor = -1;
        foreach (var locator in query.Locators)
        {
            int at = text.IndexOf(locator, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (anchor < 0 || at < anchor)) anchor = at;
        }
        if (anchor < 0) return (0, text.Length <= 2 * Length ? text.Length : ClusterBoundary.Near(text, 2 * Length, 30));
        int from = anchor <= Length / 2 ? 0 : ClusterBoundary.Near(text, anchor - Length / 2, 20);
        int to = anchor + 3 * Length / 2 >= text.Length ? text.Length : ClusterBoundary.Near(text, anchor + 3 * Length / 2, 30);
        return (from, Math.Max(to, Math.Min(text.Length, anchor + 1)));
    }

    private static List<(int Start, int End)> FindMatches(string text, ParsedQuery query, Analyzer analyzer)
    {
        var matches = new List<(int Start, int End)>();
        if (query.NonKhmerTerms || query.BigramSequences.Count == 0)
        {
            foreach (var token in TokenList.Of(analyzer, SearchFields.Body, text))
            {
                if (query.WordTerms.Contains(token.Term)) matches.Add((token.Start, token.End));
            }
        }
        if (query.BigramSequences.Count > 0)
        {
            var bigrams = TokenList.BigramsOf(analyzer, text);
            foreach (var sequence in query.BigramSequences) AddSequenceMatches(bigrams, sequence, matches);
        }
        matches.Sort();
        return Merge(matches);
    }

    private static void AddSequenceMatches(List<AnalyzedToken> tokens, IReadOnlyList<string> sequence, List<(int, int)> matches)
    {
        for (int i = 0; i + sequence.Count <= tokens.Count; i++)
        {
            int k = 0;
            while (k < sequence.Count && tokens[i + k].Term == sequence[k]
                && (k == 0 || tokens[i + k].Position == tokens[i + k - 1].Position + 1)) k++;
            if (k == sequence.Count) matches.Add((tokens[i].Start, tokens[i + k - 1].End));
        }
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> sorted)
    {
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var m in sorted)
        {
            if (merged.Count > 0 && m.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, m.End));
            else merged.Add(m);
        }
        return merged;
    }

    private static (int Start, int End) BestAnchor(List<(int Start, int End)> matches)
    {
        int best = 0, bestCount = 0;
        for (int i = 0, j = 0; i < matches.Count; i++)
        {
            if (j < i) j = i;
            while (j < matches.Count && matches[j].End <= matches[i].Start + Length - Lead) j++;
            if (j - i > bestCount) { bestCount = j - i; best = i; }
        }
        return matches[best];
    }

    private static Snippet Cut(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var parts = new List<SnippetPart>();
        int at = start;
        foreach (var (ms, me) in matches)
        {
            int s = Math.Max(ms, start), e = Math.Min(me, end);
            if (e <= s || s < at) continue;
            if (s > at) parts.Add(new SnippetPart(text[at..s], false));
            parts.Add(new SnippetPart(text[s..e], true));
            at = e;
        }
        if (at < end) parts.Add(new SnippetPart(text[at..end], false));
        return new Snippet(parts, start > 0, end < text.Length);
    }
}
