using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;

namespace AiGovKh.Khmer;

/// <summary>Finds spelling-level problems in Khmer text (invisible characters, broken clusters) for editors. Never throws.</summary>
public static class KhmerTextCheck
{
    /// <summary>Returns the problems in <paramref name="text"/>, in order of offset; empty when the text is clean.</summary>
    public static IReadOnlyList<KhmerTextProblem> Check(string text)
    {
        var problems = new List<KhmerTextProblem>();
        if (string.IsNullOrEmpty(text)) return problems;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\u200B': problems.Add(new(i, "zero-width-space", "Zero-width space (U+200B): invisible, breaks search; use a normal space or nothing.")); continue;
                case '\u200C' or '\u200D' or '\u2060': problems.Add(new(i, "zero-width-joiner", $"Invisible joiner U+{(int)c:X4} inserted by the keyboard.")); continue;
                case '\uFEFF': problems.Add(new(i, "byte-order-mark", "Byte-order mark (U+FEFF) inside the text.")); continue;
                case '\u00AD': problems.Add(new(i, "soft-hyphen", "Soft hyphen (U+00AD): invisible, breaks search.")); continue;
                case '\u17A3' or '\u17A4' or '\u17B4' or '\u17B5' or '\u17D8':
                    problems.Add(new(i, "deprecated-character", $"Deprecated Khmer character U+{(int)c:X4}.")); continue;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
                problems.Add(new(i, "invalid-surrogate", "High surrogate without its low half.")); continue;
            }
            if (char.IsLowSurrogate(c)) { problems.Add(new(i, "invalid-surrogate", "Low surrogate without its high half.")); continue; }
            if (c == KhmerChar.Coeng && (i + 1 >= text.Length || !KhmerChar.IsBase(text[i + 1])))
            {
                problems.Add(new(i, "lone-coeng", "Coeng (U+17D2) not followed by a consonant."));
                continue;
            }
            if (KhmerChar.IsMark(c) && c != KhmerChar.Coeng && !HasBase(text, i))
            {
                problems.Add(new(i, "vowel-without-base", $"Vowel or sign U+{(int)c:X4} with no consonant before it."));
            }
        }
        AddMarkOrderProblems(text, problems);
        problems.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return problems;
    }

    private static bool HasBase(string text, int i)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            char p = text[j];
            if (KhmerChar.IsBase(p)) return true;
            if (!KhmerChar.IsMark(p) && p is not ('\u200C' or '\u200D')) return false;
        }
        return false;
    }

    private static void AddMarkOrderProblems(string text, List<KhmerTextProblem> problems)
    {
        int i = 0;
        while (i < text.Length)
        {
            int end = KhmerClusters.ClusterEnd(text, i);
            if (end - i > 2 && KhmerChar.IsBase(text[i]))
            {
                string cluster = text[i..end];
                if (!HasInvisible(cluster) && KhmerNormalizer.Normalize(cluster) != cluster)
                {
                    problems.Add(new(i, "mark-order", "Marks of this syllable are not in the standard order (or a vowel is typed in two parts or twice)."));
                }
            }
            i = end;
        }
    }

    private static bool HasInvisible(string s)
    {
        foreach (char c in s) if (KhmerChar.IsInvisible(c)) return true;
        return false;
    }
}
