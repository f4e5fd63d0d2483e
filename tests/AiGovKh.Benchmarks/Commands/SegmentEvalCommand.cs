using System.Diagnostics;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>segment-eval --gold FILE [--dev-split] [--dictionary-only]</c>: FILE has one sentence per line,
/// words separated by one space. Removes the spaces, segments with ours and with ICUTokenizer, and prints
/// word precision/recall/F1, boundary F1 and characters per second side by side. Words are tokens with
/// a letter or digit (punctuation is ignored on both sides, since ICUTokenizer drops it); "all tokens"
/// also scores our punctuation tokens. <c>--dev-split</c> keeps only the development lines (see DevelopmentSplit).
/// </summary>
internal static class SegmentEvalCommand
{
    public static int Run(string[] args)
    {
        string? gold = CommandLine.Option(args, "--gold");
        if (gold is null || !File.Exists(gold))
        {
            Console.Error.WriteLine("usage: segment-eval --gold FILE [--dev-split] [--dictionary-only] [--model FILE] [--quick]");
            return 2;
        }
        var sentences = GoldSentence.Load(gold, CommandLine.Flag(args, "--dev-split"));
        long chars = sentences.Sum(s => (long)s.Text.Length);
        Console.WriteLine($"{sentences.Count} sentences, {chars} characters from {gold}");

        var rows = new List<(string Name, SegmentationScore Score, Action Pass)>();
        bool model = !CommandLine.Flag(args, "--dictionary-only");
        if (model) rows.Add(EvaluateOurs("AiGovKh (model)", ModelOption.Segmenter(args), sentences));
        bool quick = CommandLine.Flag(args, "--quick");
        using var icu = new IcuSegmenter();
        if (!quick)
        {
            rows.Add(EvaluateOurs("AiGovKh (dictionary-only)", KhmerSegmenter.DictionaryOnly, sentences));
            rows.Add(EvaluateIcu(icu, sentences));
        }
        var speeds = quick ? rows.Select(_ => new List<double> { 0 }).ToList() : MeasureInterleaved(rows.Select(r => r.Pass).ToList(), chars);

        Console.WriteLine($"{"segmenter",-28}{"P",8}{"R",8}{"F1",8}{"bF1",8}{"chars/cpu-s",14}");
        for (int i = 0; i < rows.Count; i++)
        {
            var (name, score, _) = rows[i];
            Console.WriteLine($"{name,-28}{score.Precision,8:F2}{score.Recall,8:F2}{score.F1,8:F2}{score.BoundaryF1,8:F2}{Median(speeds[i]),14:N0}");
        }
        if (!quick && model)
        {
            var ratios = speeds[0].Zip(speeds[^1], (ours, theirs) => ours / theirs).ToList();
            Console.WriteLine($"model / ICUTokenizer throughput: {Median(ratios):F2}x (median of {ratios.Count} interleaved rounds; rounds {string.Join(" ", ratios.Select(r => r.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))})");
        }
        return 0;
    }

    /// <summary>
    /// Characters per CPU-second of each pass, measured in interleaved rounds (each pass about 0.4 CPU-seconds per
    /// round, after a one-second warm-up each) so that a busy spell of a shared machine hits every segmenter alike;
    /// per-round figures are returned.
    /// </summary>
    private static List<List<double>> MeasureInterleaved(List<Action> passes, long chars)
    {
        const int Rounds = 7;
        var speeds = passes.Select(_ => new List<double>()).ToList();
        foreach (var pass in passes) Measure(chars, pass, 1.0); // warm-up: let tiered JIT finish for every segmenter
        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < passes.Count; i++) speeds[i].Add(Measure(chars, passes[i], 0.4));
        }
        return speeds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static (string, SegmentationScore, Action) EvaluateOurs(string name, KhmerSegmenter segmenter, List<GoldSentence> sentences)
    {
        var score = new SegmentationScore();
        var allTokens = new SegmentationScore();
        var words = new List<WordSpan>();
        foreach (var sentence in sentences)
        {
            words.Clear();
            segmenter.Segment(sentence.Text, words, includePunctuation: true);
            var predicted = words.Select(w => (w.Start, w.End)).ToList();
            score.Add(sentence.Text, sentence.Words, predicted, wordsOnly: true);
            allTokens.Add(sentence.Text, sentence.Words, predicted, wordsOnly: false);
        }
        Console.WriteLine($"{name}: all tokens incl. punctuation F1 {allTokens.F1:F2}; recall of words outside the training vocabulary {OutOfVocabularyRecall(segmenter, sentences)}");
        return (name, score, () =>
        {
            foreach (var sentence in sentences) { words.Clear(); segmenter.Segment(sentence.Text, words); }
        });
    }

    /// <summary>Recall of gold Khmer words absent from the model's training vocabulary: how the model does on words it never saw.</summary>
    private static string OutOfVocabularyRecall(KhmerSegmenter segmenter, List<GoldSentence> sentences)
    {
        if (segmenter.Model is not { } model) return "n/a";
        var vocabulary = model.Vocabulary.ToHashSet(StringComparer.Ordinal);
        long total = 0, found = 0;
        var words = new List<WordSpan>();
        foreach (var sentence in sentences)
        {
            words.Clear();
            segmenter.Segment(sentence.Text, words);
            var predicted = words.Select(w => (w.Start, w.End)).ToHashSet();
            foreach (var (start, end) in sentence.Words)
            {
                string word = sentence.Text[start..end];
                if (!AiGovKh.Khmer.Clusters.KhmerClusters.IsKhmer(word[0]) || word[0] >= '\u17D4' || vocabulary.Contains(word)) continue;
                total++;
                if (predicted.Contains((start, end))) found++;
            }
        }
        return $"{100.0 * found / Math.Max(1, total):F1} % of {total}";
    }

    private static (string, SegmentationScore, Action) EvaluateIcu(IcuSegmenter icu, List<GoldSentence> sentences)
    {
        var score = new SegmentationScore();
        var words = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            words.Clear();
            icu.Segment(sentence.Text, words);
            score.Add(sentence.Text, sentence.Words, words, wordsOnly: true);
        }
        return ("Lucene.Net ICUTokenizer", score, () =>
        {
            foreach (var sentence in sentences) { words.Clear(); icu.Segment(sentence.Text, words); }
        });
    }

    /// <summary>
    /// Single-threaded characters per second of CPU time (process CPU time, so that other processes on a
    /// busy machine do not distort the comparison): passes for at least <paramref name="seconds"/> CPU seconds.
    /// </summary>
    private static double Measure(long chars, Action pass, double seconds)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        TimeSpan elapsed;
        int passes = 0;
        do
        {
            pass();
            passes++;
            process.Refresh();
            elapsed = process.TotalProcessorTime - start;
        }
        while (elapsed.TotalSeconds < seconds);
        return chars * passes / elapsed.TotalSeconds;
    }
}
