using System.Diagnostics;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>profile --gold FILE --model FILE [--stages 6 --seconds 10]</c>: where the statistical segmenter spends its time. Stages: 0 clustering and hashing,
/// 5 + analysis with a 3-word lexicon, 2 + analysis with the real lexicon, 6 the whole segmenter.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var sentences = GoldSentence.Load(CommandLine.Option(args, "--gold")!, devOnly: true);
        using var file = File.OpenRead(CommandLine.Option(args, "--model")!);
        var model = SegmenterModel.Read(file);
        long chars = sentences.Sum(s => (long)s.Text.Length);
        CountProbes(sentences, model);
        // --stages 6 --seconds 10: one stage for a long time, to run under perf.
        int[] stages = CommandLine.Option(args, "--stages") is { } list ? list.Split(',').Select(int.Parse).ToArray() : [0, 5, 2, 6, 0, 5, 2, 6];
        double duration = double.Parse(CommandLine.Option(args, "--seconds") ?? "1.5", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var stage in stages)
        {
            var segmenter = new KhmerSegmenter(stage == 6 ? new PerceptronRunSplitter(model) : new StageSplitter(model, stage));
            var words = new List<WordSpan>();
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var start = process.TotalProcessorTime;
            int passes = 0;
            double seconds;
            do
            {
                foreach (var s in sentences) { words.Clear(); segmenter.Segment(s.Text, words); }
                passes++;
                process.Refresh();
                seconds = (process.TotalProcessorTime - start).TotalSeconds;
            }
            while (seconds < duration);
            Console.WriteLine($"stage {stage}: {chars * passes / seconds:N0} chars/cpu-s");
        }
        return 0;
    }

    private static void CountProbes(List<GoldSentence> sentences, SegmenterModel model)
    {
        long clusters = 0, steps = 0;
        var walkSteps = new long[10];
        var ranges = new List<Range>();
        var lexicon = model.Lexicon;
        var lines = new Dictionary<int, long>(); // 64-byte line of the trie → visits (a trie slot is 8 bytes)
        foreach (var sentence in sentences)
        {
            ranges.Clear();
            AiGovKh.Khmer.Clusters.KhmerClusters.Split(sentence.Text, ranges);
            var ids = ranges.Select(r => lexicon.Alphabet.IdOf(AiGovKh.Khmer.Lexicon.SequenceHash.Of(sentence.Text.AsSpan()[r]))).ToArray();
            for (int i = 0; i < ids.Length; i++)
            {
                int node = 0;
                long before = steps;
                for (int j = i; j < ids.Length; j++)
                {
                    steps++;
                    int step = lexicon.Trie.Step(node, ids[j]);
                    if (step >= 0) lines[(step >> 4) / 8] = lines.GetValueOrDefault((step >> 4) / 8) + 1;
                    if (step < 0 || (step & AiGovKh.Khmer.Lexicon.ClusterTrie.HasChildren) == 0) break;
                    node = step >> 4;
                }
                walkSteps[(int)Math.Min(steps - before, 9)]++;
            }
            clusters += ids.Length;
        }
        // How many lines of the trie hold the slots the walks reach, and how many cover half, 90 % and 99 % of the visits:
        // whether the walk is bound by memory (lines beyond the L2 cache) or by its chain of dependent loads.
        var byVisits = lines.Values.OrderDescending().ToList();
        long all = byVisits.Sum();
        string Cover(double share)
        {
            long sum = 0;
            int n = 0;
            foreach (var visits in byVisits) { sum += visits; n++; if (sum >= share * all) break; }
            return $"{n} lines ({n * 64 / 1024} KB)";
        }
        Console.WriteLine("steps per walk (1..9+): " + string.Join(" ", walkSteps.Skip(1).Select(w => $"{100.0 * w / walkSteps.Sum():F1}%")));
        Console.WriteLine($"trie lines reached: {byVisits.Count}; 50 % of visits in {Cover(0.5)}, 90 % in {Cover(0.9)}, 99 % in {Cover(0.99)}");
        Console.WriteLine($"{clusters} clusters, {steps} trie steps ({(double)steps / clusters:F2} per cluster); lexicon: {lexicon.Alphabet.Size} cluster ids, {lexicon.Trie.Nodes} nodes, {lexicon.Trie.Bytes / 1048576.0:F1} MB");
    }

    private sealed class StageSplitter(SegmenterModel model, int stage) : KhmerRunSplitter
    {
        private readonly RunAnalysis _analysis = new();
        private static readonly AiGovKh.Khmer.Lexicon.KhmerLexicon Tiny = AiGovKh.Khmer.Lexicon.KhmerLexicon.FromWords(["ក", "កា", "ការ"]);

        public override AiGovKh.Khmer.Lexicon.KhmerLexicon Lexicon => stage == 5 ? Tiny : model.Lexicon;

        public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, ReadOnlySpan<int> clusterIds, Span<bool> boundaries)
        {
            if (stage == 0) return;
            if (stage == 5) { _analysis.Analyse(clusterHashes, clusterIds, Tiny); return; }
            var context = _analysis.Analyse(clusterHashes, clusterIds, model.Lexicon);
            if (stage == 2) return;
            Span<ulong> keys = stackalloc ulong[BoundaryFeatures.MaxFeatures];
            long total = 0;
            for (int g = 1; g < clusters.Length; g++)
            {
                int n = BoundaryFeatures.Extract(in context, g, 1, keys);
                if (stage == 3) { total += (long)keys[0]; continue; }
                for (int k = 0; k < n; k++) total += model.Weight(keys[k]);
            }
            boundaries[0] = total > 0;
        }
    }
}
