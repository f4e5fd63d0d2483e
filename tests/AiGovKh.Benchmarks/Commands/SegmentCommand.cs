using System.Text;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>segment [--dictionary-only]</c>: reads UTF-8 lines on stdin, normalises each, writes its words
/// (punctuation included, so nothing is lost) separated by single spaces.
/// </summary>
internal static class SegmentCommand
{
    public static int Run(string[] args)
    {
        var segmenter = CommandLine.Flag(args, "--dictionary-only") ? KhmerSegmenter.DictionaryOnly : ModelOption.Segmenter(args);
        using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        var words = new List<WordSpan>();
        var line = new StringBuilder();
        while (input.ReadLine() is { } raw)
        {
            string text = KhmerNormalizer.Normalize(raw);
            words.Clear();
            segmenter.Segment(text, words, includePunctuation: true);
            line.Clear();
            foreach (var word in words)
            {
                if (line.Length > 0) line.Append(' ');
                line.Append(text.AsSpan(word.Start, word.Length));
            }
            output.WriteLine(line);
        }
        return 0;
    }
}
