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
    private static bool s_quick;

    public static int Run(string[] args)
    {
        string? gold = CommandLine.Option(args, "--gold");
        if (gold is null || !File.Exists(gold))
        {
            Console.Error.WriteLine("usage: segment-eval --gold FILE [--dev-split] [--dictionary-only] [--model FILE] [--quick]");
            return 2;
        }
        s_quick = CommandLine.Flag(args, "--quick");
        var sentences = GoldSentence.Load(gold, CommandLine.Flag(args, "--dev-split"));
        long chars = sentences.Sum(s => (long)s.Text.Length);
        Console.WriteLine($"{sentences.Count} sentences, {chars} characters from {gold}");

        var rows = new List<(string Name, SegmentationScore Score, double CharsPerSecond)>();
        if (!CommandLine.Flag(args, "--dictionary-only")) rows.Add(EvaluateOurs("AiGovKh (model)", ModelOption.Segmenter(args), sentences, chars, out _));
        bool quick = CommandLine.Flag(args, "--quick");
        if (!quick)
        {
            rows.Add(EvaluateOurs("AiGovKh (dictionary-only)", KhmerSegmenter.DictionaryOnly, sentences, chars, out _));
            rows.Add(EvaluateIcu(sentences, chars));
        }

        Console.WriteLine($"{"segmenter",-28}{"P",8}{"R",8}{"F1",8}{"bF1",8}{"chars/cpu-s",14}");
        foreach (var (name, score, speed) in rows)
        {
            Console.WriteLine($"{name,-28}{score.Precision,8:F2}{score.Recall,8:F2}{score.F1,8:F2}{score.BoundaryF1,8:F2}{speed,14:N0}");
        }
        return 0;
    }

    private static (string, SegmentationScore, double) EvaluateOurs(string name, KhmerSegmenter segmenter, List<GoldSentence> sentences, long chars, out SegmentationScore allTokens)
    {
        var score = new SegmentationScore();
        allTokens = new SegmentationScore();
        var words = new List<WordSpan>();
        foreach (var sentence in sentences)
        {
            words.Clear();
            segmenter.Segment(sentence.Text, words, includePunctuation: true);
            var predicted = words.Select(w => (w.Start, w.End)).ToList();
            score.Add(sentence.Text, sentence.Words, predicted, wordsOnly: true);
            allTokens.Add(sentence.Text, sentence.Words, predicted, wordsOnly: false);
        }
        double speed = s_quick ? 0 : Measure(chars, () =>
        {
            foreach (var sentence in sentences) { words.Clear(); segmenter.Segment(sentence.Text, words); }
        });
        Console.WriteLine($"{name}: all tokens incl. punctuation F1 {allTokens.F1:F2}");
        return (name, score, speed);
    }

    private static (string, SegmentationScore, double) EvaluateIcu(List<GoldSentence> sentences, long chars)
    {
        using var icu = new IcuSegmenter();
        var score = new SegmentationScore();
        var words = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            words.Clear();
            icu.Segment(sentence.Text, words);
            score.Add(sentence.Text, sentence.Words, words, wordsOnly: true);
        }
        double speed = Measure(chars, () =>
        {
            foreach (var sentence in sentences) { words.Clear(); icu.Segment(sentence.Text, words); }
        });
        return ("Lucene.Net ICUTokenizer", score, speed);
    }

    /// <summary>
    /// Single-threaded characters per second of CPU time (process CPU time, so that other processes on a
    /// busy machine do not distort the comparison): one warm-up pass, then passes for at least two CPU seconds.
    /// </summary>
    private static double Measure(long chars, Action pass)
    {
        pass();
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
        while (elapsed.TotalSeconds < 2);
        return chars * passes / elapsed.TotalSeconds;
    }
}
