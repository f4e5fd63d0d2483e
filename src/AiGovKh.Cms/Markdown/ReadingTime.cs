namespace AiGovKh.Cms.Markdown;

/// <summary>
/// Reading time from plain text. Khmer is written without spaces between words, so it is
/// counted by characters (about 900 a minute for an ordinary reader); other scripts by words
/// (about 200 a minute). A text that mixes both adds the two.
/// </summary>
public static class ReadingTime
{
    public const int KhmerCharactersPerMinute = 900;
    public const int WordsPerMinute = 200;

    public static int Minutes(string plainText)
    {
        var khmer = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in plainText)
        {
            if (IsKhmer(c))
            {
                khmer++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord)
                {
                    words++;
                }
                inWord = true;
            }
            else if (c is not ('\'' or '’'))
            {
                inWord = false;
            }
        }
        if (khmer == 0 && words == 0)
        {
            return 0;
        }
        var minutes = (double)khmer / KhmerCharactersPerMinute + (double)words / WordsPerMinute;
        return Math.Max(1, (int)Math.Ceiling(minutes));
    }

    private static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';
}
