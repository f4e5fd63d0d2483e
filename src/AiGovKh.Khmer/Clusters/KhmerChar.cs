namespace AiGovKh.Khmer.Clusters;

/// <summary>The roles a Khmer code unit plays in a written syllable (Unicode Khmer block, U+1780–U+17FF).</summary>
internal enum KhmerCharKind : byte
{
    /// <summary>Not in the Khmer blocks.</summary>
    None,
    /// <summary>Consonant, U+1780–U+17A2: starts a cluster.</summary>
    Consonant,
    /// <summary>Independent vowel, U+17A3–U+17B3: starts a cluster.</summary>
    IndependentVowel,
    /// <summary>Invisible inherent vowels U+17B4/U+17B5 (deprecated).</summary>
    InherentVowel,
    /// <summary>Dependent vowel, U+17B6–U+17C5.</summary>
    DependentVowel,
    /// <summary>Register shifters muusikatoan U+17C9 and triisap U+17CA.</summary>
    RegisterShifter,
    /// <summary>Robat U+17CC.</summary>
    Robat,
    /// <summary>Other combining signs (nikahit, reahmuk, bantoc, …).</summary>
    Sign,
    /// <summary>Coeng U+17D2: the next consonant is written as a subscript.</summary>
    Coeng,
    /// <summary>Khmer digit U+17E0–U+17E9.</summary>
    Digit,
    /// <summary>Khan, bariyoosan, camnuc pii kuuh and other sentence punctuation.</summary>
    Punctuation,
    /// <summary>Lek too U+17D7 (repetition sign): a word of its own in segmented text.</summary>
    Repetition,
    /// <summary>Riel sign, lunar-date symbols and other Khmer symbols.</summary>
    Symbol,
    /// <summary>Avakrahasanya U+17DC (a letter).</summary>
    Letter,
}

/// <summary>Classification of single UTF-16 code units for the Khmer script.</summary>
internal static class KhmerChar
{
    public const char Coeng = '\u17D2';
    public const char Zwsp = '\u200B';
    public const char Zwnj = '\u200C';
    public const char Zwj = '\u200D';

    public static KhmerCharKind Kind(char c)
    {
        if (c < '\u1780') return KhmerCharKind.None;
        if (c <= '\u17FF')
        {
            return c switch
            {
                <= '\u17A2' => KhmerCharKind.Consonant,
                <= '\u17B3' => KhmerCharKind.IndependentVowel,
                <= '\u17B5' => KhmerCharKind.InherentVowel,
                <= '\u17C5' => KhmerCharKind.DependentVowel,
                '\u17C9' or '\u17CA' => KhmerCharKind.RegisterShifter,
                '\u17CC' => KhmerCharKind.Robat,
                '\u17D2' => KhmerCharKind.Coeng,
                <= '\u17D3' => KhmerCharKind.Sign,
                '\u17D7' => KhmerCharKind.Repetition,
                '\u17DB' => KhmerCharKind.Symbol,
                '\u17DC' => KhmerCharKind.Letter,
                '\u17DD' => KhmerCharKind.Sign,
                <= '\u17DA' => KhmerCharKind.Punctuation,
                >= '\u17E0' and <= '\u17E9' => KhmerCharKind.Digit,
                _ => KhmerCharKind.Symbol,
            };
        }
        return c is >= '\u19E0' and <= '\u19FF' ? KhmerCharKind.Symbol : KhmerCharKind.None;
    }

    /// <summary>True for code units that attach to the preceding base (marks, coeng, inherent vowels).</summary>
    public static bool IsMark(char c) => c is >= '\u17B4' and <= '\u17D3' or '\u17DD';

    /// <summary>True for code units that can carry marks: consonants, independent vowels, avakrahasanya.</summary>
    public static bool IsBase(char c) => c is >= '\u1780' and <= '\u17B3' or '\u17DC';

    /// <summary>True for a Khmer letter or mark that belongs inside a Khmer word.</summary>
    public static bool IsWordChar(char c) => c is >= '\u1780' and <= '\u17D3' or '\u17DC' or '\u17DD';

    public static bool IsKhmerDigit(char c) => c is >= '\u17E0' and <= '\u17E9';

    /// <summary>Zero-width and invisible format characters that keyboards insert between or inside words.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060';
}
