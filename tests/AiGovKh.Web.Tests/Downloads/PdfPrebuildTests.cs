using System.Net;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Cms.Content;
using AiGovKh.Web.Downloads;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Downloads;

public sealed class PdfPrebuildTests
{
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>Chromium configured, no <c>Api:PublicBaseUrl</c>, a fast background builder.</summary>
    private sealed class PrebuildHub : ApiHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Downloads:ChromiumPath", Chromium);
            builder.UseSetting("Downloads:PrebuildIntervalSeconds", "0.2");
            builder.UseSetting("Api:PublicBaseUrl", "");
        }
    }

    [Fact]
    public async Task Pdfs_are_built_in_the_background_without_a_public_base_url_for_the_origin_readers_use()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"Chromium is not installed at {Chromium}; PDFs are disabled without it.");
        }
        await using var hub = new PrebuildHub();
        var client = await hub.CreateApiClientAsync();
        var cache = Path.Combine(hub.DataDirectory, "cache", "downloads");
        string[] Pdfs() => Directory.Exists(cache) ? Directory.GetFiles(cache, "*.pdf") : [];

        // A reader opens a lesson: its origin is now known, and nothing has asked for a PDF.
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.NotNull(page.QuerySelector($".teacher-downloads a[href='/km/lessons/{TestContent.Lesson1}/lesson.pdf']"));

        // Wait for the background builder to have made exactly the file a reader at this origin asks for.
        async Task<long?> BuiltAsync()
        {
            await using var scope = hub.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TeacherPacks>()
                .BuiltPdfSizeAsync(ContentType.Lesson, TestContent.Lesson1, "km", "http://localhost", TestContext.Current.CancellationToken);
        }
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (await BuiltAsync() is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
        Assert.True(await BuiltAsync() is > 0, "the background builder made no PDF of the lesson without Api:PublicBaseUrl");
        var built = Pdfs().ToDictionary(f => f, File.ReadAllBytes);

        // The request finds the file built in the background (same origin, same key): no new PDF is made.
        var response = await client.GetAsync($"/km/lessons/{TestContent.Lesson1}/lesson.pdf", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("%PDF-", System.Text.Encoding.Latin1.GetString(bytes, 0, 5));
        // Chromium stamps each PDF with its creation time, so equal bytes mean the background file was served.
        Assert.Contains(built.Values, b => b.AsSpan().SequenceEqual(bytes));
    }
}
