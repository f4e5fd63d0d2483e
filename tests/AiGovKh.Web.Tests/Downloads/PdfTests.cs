using System.Net;
using System.Text;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;

namespace AiGovKh.Web.Tests.Downloads;

public sealed class PdfTests
{
    private const string Chromium = "/usr/bin/chromium";

    private sealed class PdfHub : ApiHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Downloads:ChromiumPath", Chromium);
        }
    }

    [Fact]
    public async Task Lesson_pdf_is_printed_by_chromium_with_the_khmer_font_embedded()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"Chromium is not installed at {Chromium}; PDFs are disabled without it.");
        }
        await using var hub = new PdfHub();
        var client = await hub.CreateApiClientAsync();

        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.NotNull(page.QuerySelector($".teacher-downloads a[href='/km/lessons/{TestContent.Lesson1}/lesson.pdf']"));

        var response = await client.GetAsync($"/km/lessons/{TestContent.Lesson1}/lesson.pdf", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-", text);
        Assert.Contains("NotoSansKhmer", text);

        var again = await ApiHub.GetAsync(client, $"/km/lessons/{TestContent.Lesson1}/lesson.pdf", ifNoneMatch: response.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task Without_chromium_there_is_no_pdf_link_and_no_pdf()
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.Null(page.QuerySelector(".teacher-downloads a[href$='.pdf']"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/km/lessons/{TestContent.Lesson1}/lesson.pdf", TestContext.Current.CancellationToken)).StatusCode);
        var api = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, $"/api/v1/content/{TestContent.Lesson1}"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, api.GetProperty("links").GetProperty("downloads").GetProperty("pdf").ValueKind);
    }
}
