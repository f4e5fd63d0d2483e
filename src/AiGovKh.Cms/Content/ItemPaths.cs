namespace AiGovKh.Cms.Content;

/// <summary>Public site paths of items: <c>/{locale}/{section}/{slug}</c>.</summary>
public static class ItemPaths
{
    /// <summary>The URL segment of a type: courses, lessons, guidelines, campaigns, pages.</summary>
    public static string Section(ContentType type) => type switch
    {
        ContentType.Course => "courses",
        ContentType.Lesson => "lessons",
        ContentType.Guideline => "guidelines",
        ContentType.Campaign => "campaigns",
        ContentType.Page => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string For(ContentType type, string slug, string locale) => $"/{locale}/{Section(type)}/{slug}";

    /// <summary>Front-matter key of a type ("lesson") to the type; case-sensitive like the rest of the format.</summary>
    public static bool TryParseType(string? key, out ContentType type)
    {
        type = key switch
        {
            "course" => ContentType.Course,
            "lesson" => ContentType.Lesson,
            "guideline" => ContentType.Guideline,
            "campaign" => ContentType.Campaign,
            "page" => ContentType.Page,
            _ => (ContentType)(-1),
        };
        return (int)type >= 0;
    }

    public static string Key(this ContentType type) => type.ToString().ToLowerInvariant();
}
