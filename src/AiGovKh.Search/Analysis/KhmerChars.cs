namespace AiGovKh.Search.Analysis;

/// <summary>Character classes the analyzers need beyond what <c>AiGovKh.Khmer</c> exposes.</summary>
internal static class KhmerChars
{
    /// <summary>A Khmer letter, sign or vowel that can be part of a word (not punctuation, not a digit).</summary>
    public static bool IsKhmerLetter(char c) =>
        c is >= '\u1780' and <= '\u17D3' or '\u17DC' or '\u17DD' or >= '\u19E0' and <= '\u19FF'
        or '\u200C' or '\u200D';

    /// <summary>Replaces Khmer (and other Unicode decimal) digits with ASCII digits, in place.</summary>
    public static void FoldDigits(Span<char> term)
    {
        for (int i = 0; i < term.Length; i++)
        {
            char c = term[i];
            if (c is >= '\u17E0' and <= '\u17E9') term[i] = (char)('0' + (c - '\u17E0'));
            else if (c > '\u007F' && char.IsDigit(c)) term[i] = (char)('0' + (int)char.GetNumericValue(c));
        }
    }
}
