namespace AiGovKh.Cms.Content;

/// <summary>The hub's two content locales. Khmer is the default.</summary>
public static class Locales
{
    public const string Khmer = "km";
    public const string English = "en";
    public static readonly string[] All = [Khmer, English];

    public static bool IsSupported(string? locale) => locale is Khmer or English;

    public static string Other(string locale) => locale == Khmer ? English : Khmer;
}
