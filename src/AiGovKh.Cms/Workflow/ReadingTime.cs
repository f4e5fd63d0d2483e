namespace AiGovKh.Cms.Workflow;

/// <summary>Estimated reading minutes. Khmer has no spaces between words, so count characters, not words.</summary>
public static class ReadingTime
{
    private const int CharactersPerMinute = 900;

    public static int Minutes(string text) => text.Length == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(text.Length / (double)CharactersPerMinute));
}
