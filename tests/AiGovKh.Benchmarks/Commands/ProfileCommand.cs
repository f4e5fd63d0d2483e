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
        CountProbes(sentences, model);
        foreach (var stage in new[] { 0, 1, 2, 5, 3, 4, 0, 1, 2, 5, 3, 4 })
        {
            var segmenter = new KhmerSegmenter(new StageSplitter(model, stage));
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
            while (seconds < 1.5);
            Console.WriteLine($"stage {stage}: {chars * passes / seconds:N0} chars/cpu-s");
        }
        return 0;
    }

    private static void CountProbes(List<GoldSentence> sentences, SegmenterModel model)
    {
        long clusters = 0, probes = 0;
        var ranges = new List<Range>();
        foreach (var sentence in sentences)
        {
            ranges.Clear();
            AiGovKh.Khmer.Clusters.KhmerClusters.Split(sentence.Text, ranges);
            var hashes = ranges.Select(r => AiGovKh.Khmer.Lexicon.SequenceHash.Of(sentence.Text.AsSpan()[r])).ToArray();
            for (int i = 0; i < hashes.Length; i++)
            {
                ulong h = AiGovKh.Khmer.Lexicon.SequenceHash.Empty;
                for (int j = i; j < hashes.Length; j++)
                {
                    h = AiGovKh.Khmer.Lexicon.SequenceHash.Append(h, hashes[j]);
                    probes++;
                    byte flags = model.Lexicon.Flags(h);
                    if ((flags & 5) == 0) break;
                }
            }
            clusters += hashes.Length;
        }
        Console.WriteLine($"{clusters} clusters, {probes} probes ({(double)probes / clusters:F2} per cluster), lexicon entries {model.Lexicon.Entries}");
    }

    private sealed class StageSplitter(SegmenterModel model, int stage) : KhmerRunSplitter
    {
        private readonly RunAnalysis _analysis = new();
        private static readonly AiGovKh.Khmer.Lexicon.KhmerLexicon Tiny = AiGovKh.Khmer.Lexicon.KhmerLexicon.FromWords(["ក", "កា", "ការ"]);

        public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, Span<bool> boundaries)
        {
            if (stage == 0) return;
            if (stage == 1) { long x = 0; for (int i = 0; i < clusters.Length; i++) x += BoundaryFeatures.Classify(text[clusters[i]]); boundaries[0] = x > 0; return; }
            if (stage == 5) { _analysis.Analyse(text, clusters, clusterHashes, Tiny); return; }
            var context = _analysis.Analyse(text, clusters, clusterHashes, model.Lexicon);
            if (stage == 2) return;
            Span<ulong> keys = stackalloc ulong[BoundaryFeatures.MaxFeatures];
            long total = 0;
            for (int g = 1; g < clusters.Length; g++)
            {
                int n = BoundaryFeatures.Extract(in context, g, 1, keys, 0);
                n += BoundaryFeatures.Extract(in context, g, 1, keys[n..], 1);
                if (stage == 3) { total += (long)keys[0]; continue; }
                for (int k = 0; k < n; k++) total += model.Weight(keys[k]);
            }
            boundaries[0] = total > 0;
        }
    }
}
