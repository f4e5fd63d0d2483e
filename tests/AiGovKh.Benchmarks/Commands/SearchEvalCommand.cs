using System.Diagnostics;
using AiGovKh.Khmer.Clusters;
using AiGovKh.Search.Querying;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>search-eval --gold FILE [--dev-split] [--max-queries N]</c>: FILE has one gold-segmented sentence per
/// line (words separated by one space). Each sentence, spaces removed, is a document. Every distinct
/// Khmer gold word of two or more clusters is a query (or a stable-hash sample of N of them); a document
/// is relevant when its gold words contain the query. Prints macro-averaged P@10, R@10, precision and
/// recall over all hits, and MRR for our analyzer, StandardAnalyzer, ICUTokenizer and the gold-word ceiling.
/// </summary>
internal static class SearchEvalCommand
{
    public static int Run(string[] args)
    {
        string? gold = CommandLine.Option(args, "--gold");
        if (gold is null || !File.Exists(gold))
        {
            Console.Error.WriteLine("usage: search-eval --gold FILE [--dev-split] [--max-queries N] [--variants]");
            return 2;
        }
        int maxQueries = int.TryParse(CommandLine.Option(args, "--max-queries"), out var m) ? m : 3000;
        var sentences = GoldSentence.Load(gold, CommandLine.Flag(args, "--dev-split"));
        var relevant = RelevantDocuments(sentences);
        var queries = relevant.Keys.OrderBy(StableHash).Take(maxQueries).ToList();
        Console.WriteLine($"{sentences.Count} documents, {relevant.Count} candidate query words, {queries.Count} queries, from {gold}");
        Console.WriteLine();
        Console.WriteLine($"| {"system",-28} | {"P@10",6} | {"R@10",6} | {"P(all)",6} | {"R(all)",6} | {"MRR",6} | {"no hits",7} | {"index s",7} | {"µs/query",8} |");
        Console.WriteLine($"|{new string('-', 30)}|{new string('-', 8)}|{new string('-', 8)}|{new string('-', 8)}|{new string('-', 8)}|{new string('-', 8)}|{new string('-', 9)}|{new string('-', 9)}|{new string('-', 10)}|");
        SearchEvalSystem[] systems = [new OursSystem(fallback: true), .. CommandLine.Flag(args, "--variants") ? [new OursSystem(wordsOnly: true), new OursSystem(match: BigramMatch.Anywhere), new OursSystem(match: BigramMatch.EitherEdge), new OursSystem(match: BigramMatch.BothEdges)] : Array.Empty<SearchEvalSystem>(), AnalyzerSystem.Standard(), AnalyzerSystem.Icu(), AnalyzerSystem.GoldWords()];
        foreach (var system in systems)
        {
            using (system) Evaluate(system, sentences, queries, relevant);
        }
        Console.WriteLine();
        Console.WriteLine("P@10 = relevant in top 10 / 10; R@10 = relevant in top 10 / relevant; P(all) over queries with at least one hit.");
        return 0;
    }

    private static void Evaluate(SearchEvalSystem system, List<GoldSentence> sentences, List<string> queries, Dictionary<string, HashSet<int>> relevant)
    {
        var clock = Stopwatch.StartNew();
        system.Index(sentences);
        double indexSeconds = clock.Elapsed.TotalSeconds;
        var score = new SearchEvalScore();
        clock.Restart();
        foreach (var word in queries) score.Add(system.Rank(word), relevant[word]);
        double microsPerQuery = clock.Elapsed.TotalMicroseconds / Math.Max(1, queries.Count);
        Console.WriteLine($"| {system.Name,-28} | {score.PrecisionAt10,6:F3} | {score.RecallAt10,6:F3} | {score.Precision,6:F3} | {score.Recall,6:F3} | {score.Mrr,6:F3} | {score.NoHits,7} | {indexSeconds,7:F1} | {microsPerQuery,8:F0} |");
    }

    /// <summary>Query words (Khmer letters only, two or more clusters) and the documents whose gold words contain them.</summary>
    private static Dictionary<string, HashSet<int>> RelevantDocuments(List<GoldSentence> sentences)
    {
        var relevant = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var clusters = new List<Range>();
        for (int doc = 0; doc < sentences.Count; doc++)
        {
            var s = sentences[doc];
            foreach (var (start, end) in s.Words)
            {
                string word = s.Text[start..end];
                if (!relevant.TryGetValue(word, out var docs))
                {
                    if (!IsKhmerWord(word)) continue;
                    clusters.Clear();
                    KhmerClusters.Split(word, clusters);
                    if (clusters.Count < 2) continue;
                    relevant[word] = docs = [];
                }
                docs.Add(doc);
            }
        }
        return relevant;
    }

    private static bool IsKhmerWord(string word)
    {
        foreach (char c in word)
        {
            if (c is not (>= '\u1780' and <= '\u17D3' or '\u17DC' or '\u17DD')) return false;
        }
        return word.Length > 0;
    }

    private static uint StableHash(string word)
    {
        uint h = 2166136261;
        foreach (char c in word) { h ^= c; h *= 16777619; }
        return h;
    }
}
