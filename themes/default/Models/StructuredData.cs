using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Models;

/// <summary>schema.org JSON-LD for course and lesson pages (Course / LearningResource).</summary>
public static class StructuredData
{
    /// <summary>HttpContext.Items key of the request's CSP nonce (set by the host).</summary>
    public const string NonceItem = "AiGovKh.CspNonce";

    // Khmer as characters; <, > and & stay escaped so the JSON can never close its script element.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON-LD of an item page, or null for types that have none.</summary>
    public static string? For(ItemPage page, string origin)
    {
        var item = page.Item;
        var text = item.Text;
        if (item.Item.Type is not (ContentType.Course or ContentType.Lesson))
        {
            return null;
        }
        var organisation = item.Item.Organisation;
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = item.Item.Type == ContentType.Course ? "Course" : "LearningResource",
            ["name"] = text.Title,
            ["description"] = text.Summary,
            ["url"] = origin + page.PathIn(page.Locale),
            ["inLanguage"] = text.Locale,
            ["educationalLevel"] = new JsonArray(item.Item.Audiences.Split().Select(t => (JsonNode)JsonValue.Create(t.Key())!).ToArray()),
            ["license"] = item.Item.License.Equals("CC-BY-4.0", StringComparison.OrdinalIgnoreCase)
                ? "https://creativecommons.org/licenses/by/4.0/"
                : item.Item.License,
            ["datePublished"] = item.Revision.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (organisation is not null)
        {
            data["provider"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = organisation.Name(text.Locale) };
        }
        if (text.Objectives.Count > 0)
        {
            data["teaches"] = new JsonArray(text.Objectives.Select(o => (JsonNode)JsonValue.Create(o)!).ToArray());
        }
        if (text.ReadingMinutes > 0)
        {
            data["timeRequired"] = $"PT{text.ReadingMinutes}M";
        }
        if (item.Item.Type == ContentType.Lesson)
        {
            data["learningResourceType"] = "lesson";
            if (page is LessonPage { Course: { } course })
            {
                data["isPartOf"] = new JsonObject { ["@type"] = "Course", ["name"] = course.Title, ["url"] = origin + SitePaths.Item(page.Locale, course) };
            }
        }
        return data.ToJsonString(Json);
    }

    /// <summary>Open Graph locale names.</summary>
    public static string OgLocale(string locale) => locale == Locales.Khmer ? "km_KH" : "en_US";
}
