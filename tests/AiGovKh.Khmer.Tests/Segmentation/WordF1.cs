using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

/// <summary>
/// Word F1 (percent) of a segmenter against gold lines ("word word word"): the spaces are removed, the
/// text is segmented, and a predicted word counts when its range equals a gold word's. Gold tokens without
/// a letter or digit (punctuation) are not words, as the segmenter does not return punctuation either.
/// </summary>
internal static class WordF1
{
    public static double Measure(KhmerSegmenter segmenter, IEnumerable<string> goldLines)
    {
        long gold = 0, predicted = 0, correct = 0;
        var words = new List<WordSpan>();
        var goldWords = new HashSet<(int, int)>();
        var text = new System.Text.StringBuilder();
        foreach (string line in goldLines)
        {
            goldWords.Clear();
            text.Clear();
            foreach (string raw in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Normalisation is cluster-local, so normalising word by word keeps the offsets exact.
                string word = KhmerNormalizer.Normalize(raw);
                if (word.Length == 0) continue;
                if (word.Any(char.IsLetterOrDigit)) goldWords.Add((text.Length, text.Length + word.Length));
                text.Append(word);
            }
            words.Clear();
            segmenter.Segment(text.ToString(), words);
            gold += goldWords.Count;
            predicted += words.Count;
            correct += words.Count(w => goldWords.Contains((w.Start, w.End)));
        }
        double precision = (double)correct / predicted, recall = (double)correct / gold;
        return 200 * precision * recall / (precision + recall);
    }
}
