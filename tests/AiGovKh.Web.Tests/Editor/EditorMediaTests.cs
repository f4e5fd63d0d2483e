using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>Uploads: the type comes from the bytes against an allow-list; everything else is refused with a clear message.</summary>
public sealed class EditorMediaTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4z8AARwzEcQCukw/x0F8jngAAAABJRU5ErkJggg==");
    private static readonly byte[] PixelBomb = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAA6mAAAOpgCAIAAAAPsOIVAAAAEUlEQVR4nGNgGAWjYBQMdwAAA+gAAbOm00YAAAAASUVORK5CYII=");
    private static readonly byte[] Truncated = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGP4");
    private static readonly byte[] Svg = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>");
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string fileName, string contentType, string? altKm = "រូបភាពសាកល្បង", string? altEn = "Test image", string action = "/editor/media", string page = "/editor/media")
    {
        var token = await client.AntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "Upload", fileName);
        if (altKm is not null) form.Add(new StringContent(altKm), "AltKm");
        if (altEn is not null) form.Add(new StringContent(altEn), "AltEn");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(action, form, Ct);
    }

    private async Task<HttpClient> ContributorAsync(string name, string org = "moeys") =>
        await hub.SignInAsync(await hub.UserAsync($"{name}@{org}.gov.kh", HubRoles.Contributor, org));

    /// <summary>
    /// The asset an accepted upload redirected to. Tests in this class share one database and run in any order,
    /// so "the newest asset" may belong to another test (or another organisation).
    /// </summary>
    private static int AssetIdOf(HttpResponseMessage upload)
    {
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        return int.Parse(upload.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<Cms.Media.MediaAsset> AssetAsync(HttpResponseMessage upload)
    {
        var id = AssetIdOf(upload);
        return hub.DbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.Id == id));
    }

    [Fact]
    public async Task A_real_png_with_alt_text_is_accepted()
    {
        var client = await ContributorAsync("media-ok");
        var response = await UploadAsync(client, Png, "../../etc/passwd.png", "image/png");
        var asset = await AssetAsync(response);
        Assert.Equal("image/png", asset.ContentType);
        Assert.DoesNotContain("/", asset.FileName);
        Assert.Equal(4, asset.Width);
    }

    [Fact]
    public async Task An_image_without_alt_text_in_both_languages_is_refused()
    {
        var client = await ContributorAsync("media-noalt");
        var response = await UploadAsync(client, Png, "a.png", "image/png", altEn: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("svg-as-png", "image.png", "image/png")]
    [InlineData("svg", "image.svg", "image/svg+xml")]
    public async Task Svg_is_refused_whatever_its_name(string user, string name, string type)
    {
        var client = await ContributorAsync(user);
        var before = await hub.DbAsync(db => db.MediaAssets.CountAsync());
        var response = await UploadAsync(client, Svg, name, type);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await hub.DbAsync(db => db.MediaAssets.CountAsync()));
    }

    [Fact]
    public async Task Html_named_as_pdf_is_refused()
    {
        var client = await ContributorAsync("media-html");
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(client, Html, "report.pdf", "application/pdf")).StatusCode);
    }

    [Fact]
    public async Task A_pdf_named_png_is_stored_as_a_pdf_not_an_image()
    {
        var client = await ContributorAsync("media-mismatch");
        var response = await UploadAsync(client, Pdf, "photo.png", "image/png", null, null);
        var asset = await AssetAsync(response);
        Assert.Equal("application/pdf", asset.ContentType);
    }

    [Fact]
    public async Task A_polyglot_png_with_html_after_it_is_not_served_as_html()
    {
        var client = await ContributorAsync("media-polyglot");
        var polyglot = Png.Concat(Html).ToArray();
        var response = await UploadAsync(client, polyglot, "poly.html", "text/html");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var asset = await AssetAsync(response);
            Assert.Equal("image/png", asset.ContentType);
        }
        else
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_pixel_bomb_is_refused_from_its_header()
    {
        var client = await ContributorAsync("media-bomb");
        var response = await UploadAsync(client, PixelBomb, "bomb.png", "image/png");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_truncated_image_is_refused()
    {
        var client = await ContributorAsync("media-trunc");
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(client, Truncated, "cut.png", "image/png")).StatusCode);
    }

    [Fact]
    public async Task An_oversized_file_gets_a_clear_413()
    {
        var client = await ContributorAsync("media-big");
        var big = new byte[21 * 1024 * 1024];
        Pdf.CopyTo(big, 0);
        var response = await UploadAsync(client, big, "big.pdf", "application/pdf", null, null);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MB", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Another_ministrys_media_is_not_found_by_id()
    {
        var owner = await ContributorAsync("media-owner");
        var id = AssetIdOf(await UploadAsync(owner, Pdf.Concat("% owner\n"u8.ToArray()).ToArray(), "owner.pdf", "application/pdf", null, null));
        var outsider = await ContributorAsync("media-outsider", "maff");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/editor/media/{id}", Ct)).StatusCode);
        var token = await outsider.AntiforgeryTokenAsync("/editor/media");
        var post = await outsider.PostAsync($"/editor/media/{id}?handler=Alt",
            new FormUrlEncodedContent([new("AltKm", "x"), new("AltEn", "y"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("owner.pdf", await outsider.GetStringAsync("/editor/media", Ct));
    }

    [Fact]
    public async Task Replacing_a_file_keeps_its_links_and_shows_where_it_is_used()
    {
        var client = await ContributorAsync("media-replace");
        var assetId = AssetIdOf(await UploadAsync(client, Png, "diagram.png", "image/png"));
        var itemId = await EditorWorkflowTests.CreateItemAsync(client, "media-lesson");
        var attach = await client.PostFormAsync($"/editor/items/{itemId}", $"/editor/items/{itemId}?handler=Attach", new()
        {
            ["MediaAssetId"] = assetId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["MediaRole"] = "Image",
        });
        Assert.Equal(HttpStatusCode.Redirect, attach.StatusCode);
        var detail = await client.GetStringAsync($"/editor/media/{assetId}", Ct);
        Assert.Contains("media-lesson", detail);

        var replacement = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var response = await UploadAsync(client, replacement, "diagram-v2.png", "image/png", action: $"/editor/media/{assetId}?handler=Replace", page: $"/editor/media/{assetId}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (asset, links) = await hub.DbAsync(async db => (await db.MediaAssets.SingleAsync(m => m.Id == assetId), await db.RevisionMedia.CountAsync(m => m.MediaAssetId == assetId)));
        Assert.Equal(1, asset.Width);
        Assert.Equal(1, links);
    }

    [Fact]
    public async Task A_file_on_published_pages_is_replaced_or_relabelled_only_by_a_publisher()
    {
        // An organisation no other media test uses, so the asset (one per organisation and content) is this test's own.
        var client = await ContributorAsync("media-live", "maff");
        var upload = await UploadAsync(client, Png, "live.png", "image/png");
        var assetId = AssetIdOf(upload);
        var itemId = await EditorWorkflowTests.CreateItemAsync(client, "media-live-lesson");
        var attach = await client.PostFormAsync($"/editor/items/{itemId}", $"/editor/items/{itemId}?handler=Attach", new()
        {
            ["MediaAssetId"] = assetId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["MediaRole"] = "Image",
        });
        Assert.Equal(HttpStatusCode.Redirect, attach.StatusCode);
        // The revision that uses the file goes live (set directly: this test is about the media rule, not the workflow).
        await hub.DbAsync(async db =>
        {
            var revision = await db.Revisions.SingleAsync(r => r.ContentItemId == itemId);
            revision.State = Cms.Content.RevisionState.Published;
            return await db.SaveChangesAsync();
        });
        var before = await hub.DbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.Id == assetId));

        var replacement = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var replace = await UploadAsync(client, replacement, "live-v2.png", "image/png", action: $"/editor/media/{assetId}?handler=Replace", page: $"/editor/media/{assetId}");
        Assert.Equal(HttpStatusCode.BadRequest, replace.StatusCode);
        var answer = await replace.Content.ReadAsStringAsync(Ct);
        Assert.Contains("role=\"alert\"", answer);
        Assert.True(answer.Contains("only a publisher", StringComparison.Ordinal) || answer.Contains("មានតែអ្នកផ្សព្វផ្សាយ", StringComparison.Ordinal), "the refusal says a publisher must do it");
        var token = await client.AntiforgeryTokenAsync($"/editor/media/{assetId}");
        var relabel = await client.PostAsync($"/editor/media/{assetId}?handler=Alt",
            new FormUrlEncodedContent([new("AltKm", "ថ្មី"), new("AltEn", "new"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, relabel.StatusCode);
        var unchanged = await hub.DbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.Id == assetId));
        Assert.Equal((before.Sha256, before.AltKm, before.AltEn), (unchanged.Sha256, unchanged.AltKm, unchanged.AltEn));

        var publisher = await hub.SignInAsync(await hub.UserAsync("media-live-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var byPublisher = await UploadAsync(publisher, replacement, "live-v2.png", "image/png", action: $"/editor/media/{assetId}?handler=Replace", page: $"/editor/media/{assetId}");
        Assert.Equal(HttpStatusCode.Redirect, byPublisher.StatusCode);
        Assert.NotEqual(before.Sha256, (await hub.DbAsync(db => db.MediaAssets.AsNoTracking().SingleAsync(m => m.Id == assetId))).Sha256);
    }
}
