namespace AiGovKh.Web.Editor.Checks;

/// <summary>Small Khmer-script checks for the editor (the full cluster rules live in AiGovKh.Khmer).</summary>
public static class KhmerText
{
    private const char Coeng = '\u17D2';

    /// <summary>Consonants and independent vowels: the characters a cluster may start with.</summary>
    public static bool IsBase(char c) => c is >= '\u1780' and <= '\u17B3';

    /// <summary>Dependent vowels, signs and the coeng: they must follow a base in the same cluster.</summary>
    public static bool IsDependent(char c) => c is >= '\u17B6' and <= '\u17D3' or '\u17DD';

    public static bool IsConsonant(char c) => c is >= '\u1780' and <= '\u17A2';

    /// <summary>Zero-width space, zero-width non-joiner/joiner and the BOM all hide in copied Khmer text.</summary>
    public static int? FirstZeroWidthSpace(string text)
    {
        var i = text.AsSpan().IndexOfAny('\u200B', '\uFEFF');
        return i < 0 ? null : i;
    }

    /// <summary>The index of a dependent sign with no base before it, or a coeng not followed by a consonant.</summary>
    public static int? FirstBrokenCluster(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsDependent(c)) continue;
            var prev = i > 0 ? text[i - 1] : '\0';
            if (!IsBase(prev) && !IsDependent(prev) && prev != '\u200C' && prev != '\u200D')
                return i;
            if (c == Coeng && (i + 1 >= text.Length || !IsConsonant(text[i + 1])))
                return i;
        }
        return null;
    }

    /// <summary>A few characters either side of <paramref name="index"/>, with hidden characters made visible.</summary>
    public static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 8);
        var end = Math.Min(text.Length, index + 8);
        return text[start..end].Replace("\u200B", "[ZWSP]").Replace("\uFEFF", "[BOM]").Replace("\n", " ");
    }
}
