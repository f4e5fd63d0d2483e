using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AiGovKh.Themes.Default.Formatting;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Writes the self-contained HTML page of a lesson pack: it opens from a USB stick with no
/// network, its CSS, font and images referenced by relative paths inside the pack.
/// </summary>
internal static partial class OfflinePage
{
    private static readonly IReadOnlyDictionary<string, (string Objectives, string Questions, string Answers, string Minutes, string Source, string License)> Labels =
        new Dictionary<string, (string, string, string, string, string, string)>
        {
            // The same words as the site's lesson page (SiteText: Objectives, SelfCheck, ReadingTime).
            ["km"] = ("អ្វីដែលអ្នកនឹងរៀន", "ពិនិត្យការយល់ដឹងរបស់អ្នក", "ចម្លើយ", "រយៈពេលអាន {0} នាទី", "ប្រភព", "អាជ្ញាប័ណ្ណ"),
            ["en"] = ("What you will learn", "Check your understanding", "Answers", "{0} min read", "Source", "Licence"),
        };

    public static string Lesson(PackLesson lesson, string cssPath, string? backLink)
    {
        var html = new StringBuilder();
        Head(html, lesson.Locale, lesson.Title, cssPath);
        html.Append("<main>");
        if (backLink is not null)
        {
            html.Append("<p class=\"pack-nav\"><a href=\"").Append(Encode(backLink)).Append("\">↑</a></p>");
        }
        Article(html, lesson, "");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>One page with every lesson of a course in one locale, each on new pages: what the course PDF prints.</summary>
    public static string CoursePrint(string locale, string title, string summary, IEnumerable<PackLesson> lessons, string cssPath)
    {
        var html = new StringBuilder();
        Head(html, locale, title, cssPath);
        html.Append("<main><header lang=\"").Append(locale).Append("\"><h1>").Append(Encode(title)).Append("</h1><p class=\"summary\">")
            .Append(Encode(summary)).Append("</p></header>");
        foreach (var lesson in lessons)
        {
            html.Append("<div class=\"print-lesson\">");
            Article(html, lesson, $"{lesson.Locale}/{lesson.Slug}/");
            html.Append("</div>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Article(StringBuilder html, PackLesson lesson, string folder)
    {
        var l = Labels[lesson.Locale == "km" ? "km" : "en"];
        html.Append("<article lang=\"").Append(lesson.Locale).Append("\"><h1>").Append(Encode(lesson.Title)).Append("</h1>");
        html.Append("<p class=\"summary\">").Append(Encode(lesson.Summary)).Append("</p>");
        html.Append("<p class=\"meta\">").Append(l.Minutes.Replace("{0}", Display.Number(lesson.ReadingMinutes, lesson.Locale), StringComparison.Ordinal))
            .Append(" · ").Append(Encode(lesson.OrganisationName)).Append("</p>");
        if (lesson.Objectives.Count > 0)
        {
            html.Append("<section><h2>").Append(l.Objectives).Append("</h2><ul>");
            foreach (var objective in lesson.Objectives)
            {
                html.Append("<li>").Append(Encode(objective)).Append("</li>");
            }
            html.Append("</ul></section>");
        }
        html.Append("<div class=\"body\">").Append(RewriteForPack(BodyHtml.WithoutLeadingTitle(lesson.BodyHtml), folder, Origin(lesson.SiteUrl), lesson.Images.Select(i => i.Name).ToHashSet(StringComparer.Ordinal))).Append("</div>");
        if (lesson.Questions.Count > 0)
        {
            html.Append("<section><h2>").Append(l.Questions).Append("</h2><ol>");
            foreach (var q in lesson.Questions)
            {
                html.Append("<li>").Append(Encode(q.Question)).Append("</li>");
            }
            html.Append("</ol></section><section class=\"answer-key\"><h2>").Append(l.Answers).Append("</h2><ol>");
            foreach (var q in lesson.Questions)
            {
                html.Append("<li>").Append(Encode(q.Answer)).Append("</li>");
            }
            html.Append("</ol></section>");
        }
        html.Append("<footer><p>").Append(l.License).Append(": ").Append(Encode(lesson.License)).Append(" · ").Append(Encode(lesson.OrganisationName));
        if (lesson.SiteUrl is not null)
        {
            html.Append(" · ").Append(l.Source).Append(": ").Append(Encode(lesson.SiteUrl));
        }
        html.Append("</p></footer></article>");
    }

    public static void Head(StringBuilder html, string locale, string title, string cssPath)
    {
        html.Append("<!DOCTYPE html><html lang=\"").Append(locale).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Encode(cssPath)).Append("\"></head><body>");
    }

    private static string Origin(string? siteUrl) =>
        Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "https://ai.gov.kh";

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Makes the published HTML work offline: media URLs become files in the pack's images/
    /// folder and site-relative links are written out as text targets, never fetched.
    /// </summary>
    internal static string RewriteForPack(string bodyHtml, string folder = "", string origin = "https://ai.gov.kh", ISet<string>? images = null)
    {
        // An image the pack does not carry would be a failed request on the USB stick: keep its alt text instead.
        var html = images is null ? bodyHtml : MediaImage().Replace(bodyHtml, m =>
            images.Contains(Uri.UnescapeDataString(m.Groups["name"].Value)) ? m.Value : "<span class=\"missing-image\">" + AltText().Match(m.Value).Groups[1].Value + "</span>");
        return SiteLink().Replace(
            MediaUrl().Replace(html, m => folder + "images/" + m.Groups["name"].Value),
            m => m.Groups["before"].Value + origin + "/" + m.Groups["path"].Value);
    }

    [GeneratedRegex("<img\\b[^>]*?src=\"/media/[^/\"]+/(?<name>[^\"?#]+)\"[^>]*>")]
    private static partial Regex MediaImage();

    [GeneratedRegex("\\balt=\"([^\"]*)\"")]
    private static partial Regex AltText();

    /// <summary>Site-relative links (<c>href="/en/…"</c>) would point into the USB stick; they go to the hub instead.</summary>
    [GeneratedRegex("(?<before>href=\")/(?<path>[^/\"][^\"]*)")]
    private static partial Regex SiteLink();

    [GeneratedRegex("/media/[^/\"'\\s]+/(?<name>[^\"'?#\\s]+)")]
    private static partial Regex MediaUrl();
}
