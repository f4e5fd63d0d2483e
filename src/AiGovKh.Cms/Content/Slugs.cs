using System.Text.RegularExpressions;

namespace AiGovKh.Cms.Content;

/// <summary>The rule for item, organisation and topic keys: ASCII a-z, 0-9 and single hyphens.</summary>
public static partial class Slugs
{
    public const int MaxLength = 120;

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
