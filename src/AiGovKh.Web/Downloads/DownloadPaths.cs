using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Downloads;

/// <summary>URLs of the teacher downloads, beside the item's own page.</summary>
public static class DownloadPaths
{
    public static string Print(ContentType type, string locale, string slug) => $"{ItemPaths.For(type, slug, locale)}/print";

    public static string Pack(ContentType type, string locale, string slug) => $"{ItemPaths.For(type, slug, locale)}/pack.zip";

    public static string Pdf(ContentType type, string locale, string slug) =>
        $"{ItemPaths.For(type, slug, locale)}/{(type == ContentType.Course ? "course" : "lesson")}.pdf";

    public static bool HasDownloads(ContentType type) => type is ContentType.Lesson or ContentType.Course;
}
