using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AiGovKh.Web.Downloads;

namespace AiGovKh.Web.Tests.Downloads;

public class LessonPackTests
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static readonly PackAssets Assets = new(
        "body{line-height:1.8}",
        [new PackFile("noto-sans-khmer-khmer-400-normal.woff2", [1, 2, 3], "font/woff2")]);

    private static PackLesson Lesson(string locale, string slug = "what-is-ai") => new(
        slug, locale,
        locale == "km" ? "តើបញ្ញាសិប្បនិម្មិតជាអ្វី?" : "What is AI?",
        "summary <b>not bold</b>",
        "<p>Body</p><p><img src=\"/media/" + new string('a', 64) + "/diagram.png\" alt=\"x\"></p>",
        "# Body",
        ["Explain AI"],
        [new PackQuestion("Q1?", "A1.")],
        8, "MPTC", "CC-BY-4.0", 7, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
        [new PackFile("diagram.png", Png, "image/png")],
        [new PackFile("activity-sheet.km.md", Encoding.UTF8.GetBytes("# សកម្មភាព\n\nធ្វើការជាក្រុម។"), "text/markdown")],
        "https://ai.gov.kh/km/lessons/" + slug);

    [Fact]
    public void Lesson_pack_holds_page_source_images_sheet_docx_font_and_licence()
    {
        using var zip = new ZipArchive(new MemoryStream(LessonPack.BuildLesson(Lesson("km"), Assets)));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("index.html", names);
        Assert.Contains("lesson.md", names);
        Assert.Contains("pack.css", names);
        Assert.Contains("fonts/noto-sans-khmer-khmer-400-normal.woff2", names);
        Assert.Contains("images/diagram.png", names);
        Assert.Contains("attachments/activity-sheet.km.md", names);
        Assert.Contains("attachments/activity-sheet.km.docx", names);
        Assert.Contains("LICENSE.txt", names);
    }

    [Fact]
    public void Offline_page_uses_only_relative_links_and_encodes_text()
    {
        using var zip = new ZipArchive(new MemoryStream(LessonPack.BuildLesson(Lesson("km"), Assets)));
        var html = Read(zip, "index.html");

        Assert.Contains("<html lang=\"km\">", html);
        Assert.Contains("src=\"images/diagram.png\"", html);
        Assert.DoesNotContain("/media/", html);
        Assert.DoesNotContain("<b>not bold</b>", html);
        Assert.Contains("href=\"pack.css\"", html);
        Assert.Contains("url(\"fonts/noto-sans-khmer-khmer-400-normal.woff2\")", Read(zip, "pack.css"));
        Assert.Contains("CC-BY-4.0", Read(zip, "LICENSE.txt"));
    }

    [Fact]
    public void Same_revisions_give_byte_identical_packs()
    {
        Assert.Equal(LessonPack.BuildLesson(Lesson("en"), Assets), LessonPack.BuildLesson(Lesson("en"), Assets));
    }

    [Fact]
    public void Course_pack_has_bilingual_index_and_a_manifest_with_each_files_hash()
    {
        var course = new PackCourse(
            "ai-for-everyone",
            new Dictionary<string, (string, string)> { ["km"] = ("វគ្គ", "សង្ខេប"), ["en"] = ("Course", "Summary") },
            [[Lesson("km"), Lesson("en")], [Lesson("km", "second"), Lesson("en", "second")]],
            "MPTC", "CC-BY-4.0", 3);

        using var zip = new ZipArchive(new MemoryStream(LessonPack.BuildCourse(course, Assets, DateTimeOffset.UnixEpoch)));
        var index = Read(zip, "index.html");
        Assert.Contains("href=\"km/what-is-ai/index.html\"", index);
        Assert.Contains("href=\"en/second/index.html\"", index);
        Assert.Contains("href=\"../../pack.css\"", Read(zip, "km/second/index.html"));

        using var manifest = JsonDocument.Parse(Read(zip, "manifest.json"));
        var files = manifest.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(4, manifest.RootElement.GetProperty("items").GetArrayLength());
        foreach (var file in files)
        {
            var entry = zip.GetEntry(file.GetProperty("path").GetString()!)!;
            using var s = entry.Open();
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(s)));
        }
        Assert.Contains(files, f => f.GetProperty("path").GetString() == "en/what-is-ai/attachments/activity-sheet.km.docx");
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
