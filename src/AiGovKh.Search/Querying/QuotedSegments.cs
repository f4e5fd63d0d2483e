namespace AiGovKh.Search.Querying;

/// <summary>Splits typed text into free text and "quoted phrases". An unclosed quote is free text.</summary>
internal static class QuotedSegments
{
    public static List<(string Text, bool Phrase)> Split(string text)
    {
        var segments = new List<(string, bool)>();
        int at = 0;
        while (at < text.Length)
        {
            int open = text.IndexOfAny(Quotes, at);
            if (open < 0) break;
            int close = text.IndexOfAny(Quotes, open + 1);
            if (close < 0) break;
            if (open > at) segments.Add((text[at..open], false));
            if (close > open + 1) segments.Add((text[(open + 1)..close], true));
            at = close + 1;
        }
        if (at < text.Length) segments.Add((text[at..].Replace('"', ' '), false));
        return segments;
    }

    private static readonly char[] Quotes = ['"', '“', '”', '„', '«', '»'];
}
