using System.Diagnostics;
using AiGovKh.Benchmarks.Training;
using AiGovKh.Khmer.Lexicon;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>train --corpus FILE --out MODEL [--epochs N] [--prune W] [--folds K] [--all]</c>: trains the boundary model on the
/// training split of a segmented corpus (every line not in <see cref="DevelopmentSplit"/>; <c>--all</c> uses every
/// line). Vocabulary features are jackknifed: each of K (5) folds of the corpus sees the vocabulary of the
/// other folds, so the model learns how far to trust a vocabulary match on words it has not seen.
/// </summary>
internal static class TrainCommand
{

    public static int Run(string[] args)
    {
        string? corpus = CommandLine.Option(args, "--corpus");
        string? output = CommandLine.Option(args, "--out");
        if (corpus is null || output is null || !File.Exists(corpus))
        {
            Console.Error.WriteLine("usage: train --corpus FILE --out MODEL [--epochs N] [--prune W] [--folds K] [--all]");
            return 2;
        }
        int epochs = int.Parse(CommandLine.Option(args, "--epochs") ?? "8");
        double prune = double.Parse(CommandLine.Option(args, "--prune") ?? "0.5", System.Globalization.CultureInfo.InvariantCulture);
        var watch = Stopwatch.StartNew();
        var sentences = GoldSentence.Load(corpus, devOnly: false, trainOnly: !CommandLine.Flag(args, "--all"));
        int folds = int.Parse(CommandLine.Option(args, "--folds") ?? "5");
        var runs = CollectRuns(sentences, folds);
        Console.WriteLine($"{sentences.Count} sentences, {runs.Count} Khmer runs, {runs.Sum(r => r.Hashes.Length)} clusters ({watch.Elapsed.TotalSeconds:F1}s)");

        var perceptron = new AveragedPerceptron();
        var random = new Random(20251126);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            var (errors, decisions) = perceptron.Epoch(runs, random);
            Console.WriteLine($"epoch {epoch}: {errors} errors / {decisions} decisions ({watch.Elapsed.TotalSeconds:F1}s)");
        }
        var weights = perceptron.AveragedWeights(prune);
        var vocabulary = Vocabulary(sentences).Order(StringComparer.Ordinal).ToList();
        using (var file = File.Create(output)) SegmenterModel.Write(file, weights, vocabulary);
        Console.WriteLine($"{weights.Count(w => w != 0)} non-zero weights, {vocabulary.Count} vocabulary words -> {output} ({new FileInfo(output).Length:N0} bytes)");
        return 0;
    }

    private static List<TrainingRun> CollectRuns(List<GoldSentence> sentences, int folds)
    {
        var icuWords = KhmerLexicon.IcuWords().ToList();
        var foldVocabularies = new KhmerLexicon[folds];
        for (int f = 0; f < folds; f++)
        {
            int fold = f;
            foldVocabularies[f] = KhmerLexicon.FromWords(icuWords, Vocabulary(sentences.Where((_, i) => i % folds != fold)), []);
        }
        var collector = new RunCollector(foldVocabularies[0]);
        var segmenter = new KhmerSegmenter(collector);
        var scratch = new List<WordSpan>();
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            collector.CurrentLexicon = foldVocabularies[i % folds];
            collector.GoldStarts.Clear();
            foreach (var (start, _) in sentence.Words) collector.GoldStarts.Add(start);
            scratch.Clear();
            segmenter.Segment(sentence.Text, scratch);
        }
        return collector.Runs;
    }

    private static IEnumerable<string> Vocabulary(IEnumerable<GoldSentence> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var (start, end) in sentence.Words)
            {
                var word = sentence.Text.AsSpan(start, end - start);
                if (word.Length > 0 && AiGovKh.Khmer.Clusters.KhmerClusters.IsKhmer(word[0]) && word[0] < '\u17D4') words.Add(word.ToString());
            }
        }
        return words;
    }
}
