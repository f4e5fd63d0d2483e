using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Builds the ZIP packs teachers take into a classroom: a lesson pack (one lesson, one
/// language) or a course pack (every lesson in both languages with an index and a manifest).
/// Packs are deterministic for the same published revisions, so their ETag is stable.
/// </summary>
public static class LessonPack
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static byte[] BuildLesson(PackLesson lesson, PackAssets assets)
    {
        var files = new List<PackEntry>();
        AddShared(files, assets, "");
        AddLesson(files, lesson, folder: "", rootPrefix: "", backLink: null);
        files.Add(Text("LICENSE.txt", LicenseText([lesson.OrganisationName], lesson.License, lesson.Locale)));
        return Zip(files, lesson.PublishedAt);
    }

    public static byte[] BuildCourse(PackCourse course, PackAssets assets, DateTimeOffset publishedAt)
    {
        var files = new List<PackEntry>();
        AddShared(files, assets, "");
        foreach (var lessonLocales in course.Lessons)
        {
            foreach (var lesson in lessonLocales)
            {
                AddLesson(files, lesson, folder: $"{lesson.Locale}/{lesson.Slug}/", rootPrefix: "../../", backLink: "../../index.html");
            }
        }
        files.Add(Text("index.html", CourseIndex(course)));
        foreach (var (locale, text) in course.Texts)
        {
            files.Add(Text($"print-{locale}.html", OfflinePage.CoursePrint(locale, text.Title, text.Summary, course.Lessons.SelectMany(l => l).Where(l => l.Locale == locale), "pack.css")));
        }
        files.Add(Text("LICENSE.txt", LicenseText([course.OrganisationName], course.License, "km") + "\n\n" + LicenseText([course.OrganisationName], course.License, "en")));
        files.Add(Text("manifest.json", Manifest(course, files, publishedAt)));
        return Zip(files, publishedAt);
    }

    private static void AddShared(List<PackEntry> files, PackAssets assets, string prefix)
    {
        var css = new StringBuilder();
        foreach (var font in assets.Fonts)
        {
            var weight = font.Name.Contains("700", StringComparison.Ordinal) ? 700 : 400;
            css.Append("@font-face{font-family:\"Noto Sans Khmer\";font-style:normal;font-weight:").Append(weight)
               .Append(";font-display:swap;src:url(\"fonts/").Append(font.Name).Append("\") format(\"woff2\");}\n");
            files.Add(new PackEntry(prefix + "fonts/" + font.Name, font.Bytes));
        }
        css.Append(assets.Css);
        files.Add(Text(prefix + "pack.css", css.ToString()));
    }

    private static void AddLesson(List<PackEntry> files, PackLesson lesson, string folder, string rootPrefix, string? backLink)
    {
        files.Add(Text(folder + "index.html", OfflinePage.Lesson(lesson, rootPrefix + "pack.css", backLink)));
        files.Add(Text(folder + "lesson.md", lesson.BodyMarkdown));
        foreach (var image in lesson.Images)
        {
            files.Add(new PackEntry(folder + "images/" + SafeName(image.Name), image.Bytes));
        }
        foreach (var attachment in lesson.Attachments)
        {
            var name = SafeName(attachment.Name);
            files.Add(new PackEntry(folder + "attachments/" + name, attachment.Bytes));
            if (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var title = Path.GetFileNameWithoutExtension(name);
                var docx = ActivitySheetDocx.Create(title, Encoding.UTF8.GetString(attachment.Bytes), lesson.Locale);
                files.Add(new PackEntry(folder + "attachments/" + Path.ChangeExtension(name, ".docx"), docx));
            }
        }
    }

    private static string CourseIndex(PackCourse course)
    {
        var html = new StringBuilder();
        var km = course.Texts.TryGetValue("km", out var k) ? k : course.Texts.Values.First();
        OfflinePage.Head(html, "km", km.Title, "pack.css");
        html.Append("<main>");
        foreach (var locale in new[] { "km", "en" })
        {
            if (!course.Texts.TryGetValue(locale, out var text))
            {
                continue;
            }
            html.Append("<section lang=\"").Append(locale).Append("\"><h1>").Append(OfflinePage.Encode(text.Title)).Append("</h1>")
                .Append("<p>").Append(OfflinePage.Encode(text.Summary)).Append("</p><ol>");
            foreach (var lesson in course.Lessons.SelectMany(l => l).Where(l => l.Locale == locale))
            {
                html.Append("<li><a href=\"").Append(locale).Append('/').Append(lesson.Slug).Append("/index.html\">")
                    .Append(OfflinePage.Encode(lesson.Title)).Append("</a></li>");
            }
            html.Append("</ol></section>");
        }
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string Manifest(PackCourse course, List<PackEntry> files, DateTimeOffset publishedAt)
    {
        var manifest = new
        {
            course = course.Slug,
            courseRevision = course.RevisionId,
            publishedAt,
            license = course.License,
            items = course.Lessons.SelectMany(l => l).Select(l => new { slug = l.Slug, locale = l.Locale, revision = l.RevisionId, title = l.Title }),
            files = files.OrderBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new { path = f.Path, size = f.Bytes.Length, sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Bytes)) }),
        };
        return JsonSerializer.Serialize(manifest, ManifestJson);
    }

    internal static string LicenseText(IEnumerable<string> organisations, string license, string locale)
    {
        var owners = string.Join(", ", organisations.Distinct());
        var url = license.Equals("CC-BY-4.0", StringComparison.OrdinalIgnoreCase) ? "https://creativecommons.org/licenses/by/4.0/" : "";
        return locale == "km"
            ? $"ឯកសារនេះមកពីមជ្ឈមណ្ឌលព័ត៌មានជាតិស្តីពីបញ្ញាសិប្បនិម្មិត ai.gov.kh ។\nម្ចាស់ខ្លឹមសារ៖ {owners}\nអាជ្ញាប័ណ្ណ៖ {license} {url}\nអ្នកអាចចែករំលែក និងកែសម្រួលឯកសារនេះ ដោយត្រូវបញ្ជាក់ប្រភព។"
            : $"This material comes from ai.gov.kh, Cambodia's National AI Information Hub.\nOwner: {owners}\nLicence: {license} {url}\nYou may share and adapt it if you credit the source.";
    }

    /// <summary>Pack entry names come from the database, never from a client, but are still kept to one path segment.</summary>
    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return string.IsNullOrWhiteSpace(file) || file is "." or ".." ? "file" : file;
    }

    private static PackEntry Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text));

    private static byte[] Zip(List<PackEntry> files, DateTimeOffset timestamp)
    {
        // ZIP times start in 1980; a fixed time per published set keeps the bytes (and ETag) stable.
        var time = timestamp.Year < 1981 ? new DateTimeOffset(1981, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files.DistinctBy(f => f.Path).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var entryStream = entry.Open();
                entryStream.Write(file.Bytes);
            }
        }
        return stream.ToArray();
    }

    private sealed record PackEntry(string Path, byte[] Bytes);
}
