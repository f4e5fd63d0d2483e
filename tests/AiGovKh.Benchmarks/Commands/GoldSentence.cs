using AiGovKh.Khmer.Segmentation;
using AiGovKh.Khmer.Normalization;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>A gold-segmented sentence: the text with spaces removed and each word's range in it.</summary>
internal sealed record GoldSentence(string Text, IReadOnlyList<(int Start, int End)> Words)
{
    /// <summary>Parses "word word word"; each word is normalised on its own (normalisation is cluster-local) so offsets stay exact.</summary>
    public static GoldSentence? Parse(string line)
    {
        var words = new List<(int, int)>();
        var text = new System.Text.StringBuilder();
        foreach (string raw in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string word = KhmerNormalizer.Normalize(raw);
            if (word.Length == 0) continue;
            words.Add((text.Length, text.Length + word.Length));
            text.Append(word);
        }
        return words.Count == 0 ? null : new GoldSentence(text.ToString(), words);
    }

    public static List<GoldSentence> Load(string path, bool devOnly, bool trainOnly = false)
    {
        var sentences = new List<GoldSentence>();
        foreach (string line in File.ReadLines(path))
        {
            if (devOnly && !DevelopmentSplit.IsDev(line)) continue;
            if (trainOnly && DevelopmentSplit.IsDev(line)) continue;
            if (Parse(line) is { } sentence) sentences.Add(sentence);
        }
        return sentences;
    }
}
