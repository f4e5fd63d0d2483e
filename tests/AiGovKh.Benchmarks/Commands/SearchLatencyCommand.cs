using System.Diagnostics;
using AiGovKh.Search.Indexing;
using AiGovKh.Search.Querying;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>search-latency --gold FILE --english FILE [--items 10000] [--queries 2000] [--warm-up 200] [--slowest 20] [--index DIR [--reuse]]</c>: builds an
/// on-disk index of <c>2 × items</c> bilingual documents (reports the full rebuild time), then times one- and
/// two-word Khmer and English queries through the whole query path (parse, search, facets, snippets)
/// in process and prints p50/p99 per kind. <c>--reuse</c> skips the rebuild when DIR already holds
/// the same number of documents in the current schema.
/// </summary>
internal static class SearchLatencyCommand
{
    public static int Run(string[] args)
    {
        if (CommandLine.Option(args, "--existing") is { } existing) return MeasureExisting(existing, args);
        string? gold = CommandLine.Option(args, "--gold");
        string? english = CommandLine.Option(args, "--english");
        if (gold is null || english is null || !File.Exists(gold) || !File.Exists(english))
        {
            Console.Error.WriteLine("usage: search-latency --gold FILE --english FILE [--items 10000] [--queries 2000] [--warm-up 200] [--slowest 20] [--index DIR [--reuse]]");
            return 2;
        }
        int items = int.TryParse(CommandLine.Option(args, "--items"), out var n) ? n : 10_000;
        int queries = int.TryParse(CommandLine.Option(args, "--queries"), out var q) ? q : 2000;
        string directory = CommandLine.Option(args, "--index") ?? Path.Combine(Path.GetTempPath(), "aigovkh-latency-" + Guid.NewGuid().ToString("n"));
        var corpus = SearchCorpus.Load(gold, english);
        var documents = corpus.Documents(items).ToList();
        Console.WriteLine($"{documents.Count} documents ({items} items × km/en), {documents.Sum(d => (long)d.Body.Length):N0} body characters; index in {directory}");

        try
        {
            using var index = SearchIndex.Open(directory);
            if (CommandLine.Flag(args, "--reuse") && index.Rebuild == RebuildReason.None && index.DocumentCount == documents.Count)
            {
                Console.WriteLine($"reusing the index in {directory} ({index.DocumentCount} documents, same schema)");
            }
            else
            {
                var clock = Stopwatch.StartNew();
                index.RebuildFrom(documents, 1);
                Console.WriteLine($"full rebuild: {clock.Elapsed.TotalSeconds:F1} s ({documents.Count / clock.Elapsed.TotalSeconds:N0} documents/s), {index.DocumentCount} documents");
            }

            var random = new Random(7);
            // A server runs warm: the first queries pay for JIT tiering and first reads of each segment's files.
            // They are timed and shown, but kept out of the rows below.
            int warmUp = int.TryParse(CommandLine.Option(args, "--warm-up"), out var w) ? w : 200;
            var kinds = new Func<string>[]
            {
                () => Pick(corpus.KhmerWords, random),
                () => Pick(corpus.KhmerWords, random) + " " + Pick(corpus.KhmerWords, random),
                () => Pick(corpus.KhmerWords, random) + Pick(corpus.KhmerWords, random),
                () => Pick(corpus.EnglishWords, random),
                () => Pick(corpus.EnglishWords, random) + " " + Pick(corpus.EnglishWords, random),
            };
            int next = 0;
            Console.WriteLine($"GC: server {System.Runtime.GCSettings.IsServerGC}, latency mode {System.Runtime.GCSettings.LatencyMode}; " +
                $"first {warmUp} queries (all kinds in turn) are warm-up, shown but not counted");
            Print($"warm-up ({warmUp}, not counted)", Time(index, "warm-up", () => kinds[next++ % kinds.Length](), warmUp, true, 10), count: false);
            Measure(index, "km, 1 word", () => Pick(corpus.KhmerWords, random), queries);
            Measure(index, "km, 2 words", () => Pick(corpus.KhmerWords, random) + " " + Pick(corpus.KhmerWords, random), queries);
            Measure(index, "km, 2 words no space", () => Pick(corpus.KhmerWords, random) + Pick(corpus.KhmerWords, random), queries);
            Measure(index, "en, 1 word", () => Pick(corpus.EnglishWords, random), queries);
            Measure(index, "en, 2 words", () => Pick(corpus.EnglishWords, random) + " " + Pick(corpus.EnglishWords, random), queries);
            Measure(index, "km, 1 word, no snippets", () => Pick(corpus.KhmerWords, random), queries, snippets: false);
            Measure(index, "en, 1 word, no snippets", () => Pick(corpus.EnglishWords, random), queries, snippets: false);
            var memory = GC.GetGCMemoryInfo();
            Console.WriteLine($"GC: heap {memory.HeapSizeBytes / 1048576} MB, " +
                $"gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, total pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
            PrintSlowest(int.TryParse(CommandLine.Option(args, "--slowest"), out var slowest) ? slowest : 20);
        }
        finally
        {
            if (CommandLine.Option(args, "--index") is null) Directory.Delete(directory, recursive: true);
        }
        return 0;
    }

    /// <summary><c>--existing DIR [--query TEXT]</c>: one query repeated against a copy of a node's index, by page size and with/without snippets.</summary>
    private static int MeasureExisting(string directory, string[] args)
    {
        string text = CommandLine.Option(args, "--query") ?? "AI";
        using var index = SearchIndex.Open(directory);
        Console.WriteLine($"{index.DocumentCount} documents in {directory}; query \"{text}\"");
        foreach (var (size, snippets) in new[] { (10, true), (10, false), (1, true) })
        {
            Measure(index, "warm-up", () => text, 200, print: false, snippets, size);
            Measure(index, $"page {size}, snippets {(snippets ? "on" : "off")}", () => text, 2000, true, snippets, size);
        }
        PrintSlowest(int.TryParse(CommandLine.Option(args, "--slowest"), out var slowest) ? slowest : 5);
        return 0;
    }

    private static string Pick(List<string> words, Random random) => words[random.Next(words.Count)];

    private static void Measure(SearchIndex index, string name, Func<string> query, int count, bool print = true, bool snippets = true, int pageSize = 10)
    {
        var timings = Time(index, name, query, count, snippets, pageSize);
        if (print) Print(name, timings);
    }

    private static List<QueryTiming> Time(SearchIndex index, string kind, Func<string> query, int count, bool snippets, int pageSize)
    {
        var timings = new List<QueryTiming>(count);
        for (int i = 0; i < count; i++)
        {
            string text = query();
            int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            long start = Stopwatch.GetTimestamp();
            double cpuStart = ThreadCpu.Milliseconds();
            var results = index.Queries.Search(new SearchRequest(text, i % 2 == 0 ? "km" : "en") { Snippets = snippets, PageSize = pageSize });
            double cpu = ThreadCpu.Milliseconds() - cpuStart;
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            string gcs = (GC.CollectionCount(2) - gen2) > 0 ? "gen2" : (GC.CollectionCount(1) - gen1) > 0 ? "gen1" : (GC.CollectionCount(0) - gen0) > 0 ? "gen0" : "";
            double pause = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
            timings.Add(new QueryTiming(kind, text, results.Total, wall, cpu, results.Stages, gcs, pause, GC.GetAllocatedBytesForCurrentThread() - allocated));
        }
        return timings;
    }

    private static void Print(string name, List<QueryTiming> timings, bool count = true)
    {
        var times = timings.Select(t => t.Wall).Order().ToArray();
        var cpu = timings.Select(t => t.Cpu).Order().ToArray();
        double hits = timings.Average(t => (double)t.Hits);
        int gcs = timings.Count(t => t.Collections.Length > 0);
        double kb = timings.Average(t => t.Allocated / 1024.0);
        double paused = timings.Sum(t => t.Pause);
        // Wall time includes waiting for a core on a busy machine; the thread's CPU time does not.
        Console.WriteLine($"{name,-26} p50 {Percentile(times, 0.50),7:F2} ms   p99 {Percentile(times, 0.99),7:F2} ms   max {times[^1],7:F2} ms   " +
            $"cpu p50 {Percentile(cpu, 0.50),6:F2} p99 {Percentile(cpu, 0.99),6:F2} ms   mean hits {hits,8:F0}   GCs {gcs} (pauses {paused:F0} ms)   alloc {kb:F0} KB/query");
        if (count) All.AddRange(timings);
    }

    private static readonly List<QueryTiming> All = [];

    private static void PrintSlowest(int count)
    {
        if (count <= 0 || All.Count == 0) return;
        Console.WriteLine();
        Console.WriteLine($"slowest {count} of {All.Count} measured queries by CPU time (wall, cpu, GC pause in ms; stages: parse / search+facet counting / facet ordering / stored fields / snippets):");
        // By CPU time: on a shared machine the slowest by wall time are mostly queries that waited for a core.
        foreach (var t in All.OrderByDescending(t => double.IsNaN(t.Cpu) ? t.Wall : t.Cpu).Take(count))
        {
            var s = t.Stages;
            Console.WriteLine($"  {t.Wall,7:F2} cpu {t.Cpu,7:F2}  {s.Parse.TotalMilliseconds,6:F2} / {s.Search.TotalMilliseconds,6:F2} / {s.Facets.TotalMilliseconds,5:F2} / " +
                $"{s.Hits.TotalMilliseconds,5:F2} / {s.Snippets.TotalMilliseconds,6:F2}  {t.Collections,-4} {t.Pause,6:F2} {t.Allocated / 1024,6} KB hits {t.Hits,6}  {t.Kind,-24} \"{t.Text}\"");
        }
    }

    private sealed record QueryTiming(string Kind, string Text, long Hits, double Wall, double Cpu, SearchStages Stages, string Collections, double Pause, long Allocated);

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
