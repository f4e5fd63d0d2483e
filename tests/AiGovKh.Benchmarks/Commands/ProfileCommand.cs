using System.Diagnostics;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary><c>profile --gold FILE --model FILE</c>: where the statistical segmenter spends its time (analysis, features, weights).</summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var sentences = GoldSentence.Load(CommandLine.Option(args, "--gold")!, devOnly: true);
        using var file = File.OpenRead(CommandLine.Option(args, "--model")!);
        var model = SegmenterModel.Read(file);
        long chars = sentences.Sum(s => (long)s.Text.Length);
        foreach (var stage in new[] { 0, 1, 2, 3, 0, 1, 2, 3 })
        {
            var segmenter = new KhmerSegmenter(new StageSplitter(model, stage));
            var words = new List<WordSpan>();
            var watch = Stopwatch.StartNew();
            int passes = 0;
            do { foreach (var s in sentences) { words.Clear(); segmenter.Segment(s.Text, words); } passes++; } while (watch.ElapsedMilliseconds < 1500);
            Console.WriteLine($"stage {stage}: {chars * passes / watch.Elapsed.TotalSeconds:N0} chars/s");
        }
        return 0;
    }

    private sealed class StageSplitter(SegmenterModel model, int stage) : KhmerRunSplitter
    {
        private readonly RunAnalysis _analysis = new();

        public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
        {
            if (stage == 0) return;
            var context = _analysis.Analyse(text, clusters, clusterHashes, model.Lexicon);
            if (stage == 1) return;
            Span<ulong> keys = stackalloc ulong[BoundaryFeatures.MaxFeatures];
            float total = 0;
            for (int g = 1; g < clusters.Length; g++)
            {
                int n = BoundaryFeatures.Extract(in context, g, 1, keys);
                if (stage == 2) { total += keys[0]; continue; }
                for (int k = 0; k < n; k++) total += model.Weight(keys[k]);
            }
            boundaries[0] = total > 0;
        }
    }
}
