using System.IO.Compression;
using System.Net;
using System.Text.Json;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;

namespace AiGovKh.Web.Tests.Downloads;

public sealed class DownloadEndpointTests(ApiHub hub) : IClassFixture<ApiHub>
{
    [Fact]
    public async Task Lesson_pack_is_a_zip_with_offline_page_sheet_licence_etag_and_utf8_filename()
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync($"/km/lessons/{TestContent.Lesson1}/pack.zip", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("filename*=UTF-8''", response.Content.Headers.ContentDisposition!.ToString());
        Assert.NotNull(response.Headers.ETag);

        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains("index.html", names);
        Assert.Contains("lesson.md", names);
        Assert.Contains("LICENSE.txt", names);
        Assert.Contains(names, n => n.StartsWith("fonts/", StringComparison.Ordinal) && n.EndsWith(".woff2", StringComparison.Ordinal));
        var docx = zip.Entries.Single(e => e.FullName.EndsWith(".docx", StringComparison.Ordinal));
        using var sheet = new MemoryStream();
        using (var stream = docx.Open())
        {
            await stream.CopyToAsync(sheet, TestContext.Current.CancellationToken);
        }
        using var word = WordprocessingDocument.Open(new MemoryStream(sheet.ToArray()), false);
        Assert.Contains("សំណួរ", word.MainDocumentPart!.Document!.Body!.InnerText);
        using var reader = new StreamReader(zip.GetEntry("index.html")!.Open());
        var html = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains(TestContent.Lesson1TitleKm, html);

        var again = await ApiHub.GetAsync(client, $"/km/lessons/{TestContent.Lesson1}/pack.zip", ifNoneMatch: response.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Course_pack_has_both_languages_index_and_manifest_with_hashes_and_no_unpublished_lesson()
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync($"/en/courses/{TestContent.Course}/pack.zip", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        Assert.Contains($"km/{TestContent.Lesson1}/index.html", names);
        Assert.Contains($"en/{TestContent.Lesson1}/index.html", names);
        Assert.Contains($"en/{TestContent.Lesson2EnglishOnly}/index.html", names);
        Assert.Contains($"km/{TestContent.Lesson3KhmerOnly}/index.html", names);
        Assert.DoesNotContain(names, n => n.Contains(ApiHub.InReview, StringComparison.Ordinal) || n.Contains(TestContent.DraftOnly, StringComparison.Ordinal));

        using var manifestReader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonDocument.Parse(await manifestReader.ReadToEndAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal(TestContent.Course, manifest.GetProperty("course").GetString());
        Assert.All(manifest.GetProperty("files").EnumerateArray(), f => Assert.Equal(64, f.GetProperty("sha256").GetString()!.Length));
        var slugs = manifest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly }, slugs);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".html", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain(ApiHub.SecretTitle, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
    }

    public static TheoryData<string> HiddenLessonPaths => [.. ApiHub.NotLive.SelectMany(s => new[] { $"/en/lessons/{s}/pack.zip", $"/km/lessons/{s}/print", $"/en/courses/{s}/pack.zip" })];

    [Theory]
    [MemberData(nameof(HiddenLessonPaths))]
    public async Task Nothing_unpublished_can_be_downloaded_or_printed(string path)
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Lesson_page_links_print_view_and_pack_with_its_size_and_print_view_has_answer_key()
    {
        var client = await hub.CreateApiClientAsync();
        var (_, page) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson1}");
        var pack = page.QuerySelector(".teacher-downloads a[href$='pack.zip']");
        Assert.NotNull(pack);
        Assert.Contains("KB", pack.ParentElement!.TextContent);
        Assert.Null(page.QuerySelector(".teacher-downloads a[href$='.pdf']"));

        var (_, print) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson1}/print");
        Assert.Null(print.QuerySelector("nav.main-nav"));
        Assert.Equal("No. It finds patterns in data.", print.Text(".answer-key li"));
        Assert.NotNull(print.QuerySelector("link[href*='/css/print']"));
    }
}
