namespace AiGovKh.Benchmarks.Commands;

/// <summary>Word and boundary precision/recall/F1 accumulated over sentences.</summary>
internal sealed class SegmentationScore
{
    private long _goldWords, _predictedWords, _correctWords;
    private long _goldBoundaries, _predictedBoundaries, _correctBoundaries;

    public void Add(string text, IEnumerable<(int Start, int End)> gold, IEnumerable<(int Start, int End)> predicted, bool wordsOnly)
    {
        var goldSet = Filter(text, gold, wordsOnly);
        var predictedSet = Filter(text, predicted, wordsOnly);
        _goldWords += goldSet.Count;
        _predictedWords += predictedSet.Count;
        foreach (var w in predictedSet) if (goldSet.Contains(w)) _correctWords++;
        var goldCuts = Cuts(goldSet, text.Length);
        var predictedCuts = Cuts(predictedSet, text.Length);
        _goldBoundaries += goldCuts.Count;
        _predictedBoundaries += predictedCuts.Count;
        foreach (int c in predictedCuts) if (goldCuts.Contains(c)) _correctBoundaries++;
    }

    public double Precision => Ratio(_correctWords, _predictedWords);
    public double Recall => Ratio(_correctWords, _goldWords);
    public double F1 => Harmonic(Precision, Recall);
    public double BoundaryF1 => Harmonic(Ratio(_correctBoundaries, _predictedBoundaries), Ratio(_correctBoundaries, _goldBoundaries));

    private static HashSet<(int, int)> Filter(string text, IEnumerable<(int Start, int End)> words, bool wordsOnly)
    {
        var set = new HashSet<(int, int)>();
        foreach (var (s, e) in words)
        {
            if (!wordsOnly || HasLetterOrDigit(text.AsSpan(s, e - s))) set.Add((s, e));
        }
        return set;
    }

    private static HashSet<int> Cuts(HashSet<(int, int)> words, int length)
    {
        var cuts = new HashSet<int>();
        foreach (var (s, e) in words)
        {
            if (s > 0) cuts.Add(s);
            if (e < length) cuts.Add(e);
        }
        return cuts;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLetterOrDigit(c) || (c >= '\u1780' && c <= '\u17DD' && !(c >= '\u17D4' && c <= '\u17DB' && c != '\u17D7'))) return true;
        return false;
    }

    private static double Ratio(long a, long b) => b == 0 ? 0 : 100.0 * a / b;
    private static double Harmonic(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
