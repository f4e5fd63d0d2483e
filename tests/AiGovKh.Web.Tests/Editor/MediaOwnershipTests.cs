using System.Net;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using static AiGovKh.Web.Tests.Editor.EditorWorkflowTests;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>The same bytes uploaded by two ministries: one stored blob, one asset per ministry, each managed only by its owner.</summary>
public sealed class MediaOwnershipTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> ContributorAsync(string name, string org) =>
        await hub.SignInAsync(await hub.UserAsync($"{name}@{org}.gov.kh", HubRoles.Contributor, org));

    private static Task<HttpResponseMessage> SetAltAsync(HttpClient client, int assetId, string km, string en) =>
        client.PostFormAsync($"/editor/media/{assetId}", $"/editor/media/{assetId}?handler=Alt", new() { ["AltKm"] = km, ["AltEn"] = en });

    [Fact]
    public async Task Same_bytes_from_two_ministries_are_stored_once_with_an_asset_each()
    {
        var moeys = await ContributorAsync("own-a", "moeys");
        var maff = await ContributorAsync("own-b", "maff");
        var bytes = MediaTestFiles.Pdf("national guideline");
        var sha = MediaStore.Sha256Hex(bytes);

        var moeysId = await MediaTestFiles.UploadIdAsync(moeys, bytes, "moeys-guideline.pdf");
        var maffId = await MediaTestFiles.UploadIdAsync(maff, bytes, "maff-guideline.pdf");
        Assert.NotEqual(moeysId, maffId);
        // The same ministry uploading the same bytes again gets its own asset back.
        Assert.Equal(maffId, await MediaTestFiles.UploadIdAsync(maff, bytes, "again.pdf"));

        var (assets, blobs) = await hub.DbAsync(async db => (
            await db.MediaAssets.Where(m => m.Sha256 == sha).OrderBy(m => m.Id).ToListAsync(Ct),
            await db.MediaBlobs.CountAsync(b => b.Sha256 == sha, Ct)));
        Assert.Equal(1, blobs);
        Assert.Equal(2, assets.Count);
        Assert.Equal(["moeys-guideline.pdf", "maff-guideline.pdf"], assets.Select(a => a.FileName));
        Assert.Equal([await hub.OrganisationAsync("moeys"), await hub.OrganisationAsync("maff")], assets.Select(a => a.OrganisationId!.Value));

        // MAFF manages its own upload…
        Assert.Equal(HttpStatusCode.OK, (await maff.GetAsync($"/editor/media/{maffId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SetAltAsync(maff, maffId, "គោលការណ៍", "Guideline (MAFF)")).StatusCode);
        var list = await maff.GetStringAsync("/editor/media", Ct);
        Assert.Contains("maff-guideline.pdf", list);
        Assert.DoesNotContain("moeys-guideline.pdf", list);
        // …and can neither see nor change MoEYS's row by id.
        Assert.Equal(HttpStatusCode.NotFound, (await maff.GetAsync($"/editor/media/{moeysId}", Ct)).StatusCode);
        var token = await maff.AntiforgeryTokenAsync("/editor/media");
        var post = await maff.PostAsync($"/editor/media/{moeysId}?handler=Alt",
            new FormUrlEncodedContent([new("AltKm", "x"), new("AltEn", "hijacked"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var moeysAsset = await hub.DbAsync(db => db.MediaAssets.SingleAsync(m => m.Id == moeysId, Ct));
        Assert.Null(moeysAsset.AltEn);
        Assert.Equal("Guideline (MAFF)", (await hub.DbAsync(db => db.MediaAssets.SingleAsync(m => m.Id == maffId, Ct))).AltEn);
    }

    [Fact]
    public async Task Replace_and_where_used_stay_inside_the_owning_ministry()
    {
        var moeys = await ContributorAsync("rep-a", "moeys");
        var maff = await ContributorAsync("rep-b", "maff");
        var bytes = MediaTestFiles.Pdf("shared handout");
        var sha = MediaStore.Sha256Hex(bytes);
        var moeysAsset = await MediaTestFiles.UploadIdAsync(moeys, bytes, "handout.pdf");
        var maffAsset = await MediaTestFiles.UploadIdAsync(maff, bytes, "handout.pdf");
        var moeysItem = await CreateItemAsync(moeys, "handout-moeys");
        var maffItem = await CreateItemAsync(maff, "handout-maff");
        Assert.Equal(HttpStatusCode.Redirect, (await MediaTestFiles.AttachAsync(moeys, moeysItem, moeysAsset)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await MediaTestFiles.AttachAsync(maff, maffItem, maffAsset)).StatusCode);
        // Attaching the other ministry's asset by id is refused.
        Assert.NotEqual(HttpStatusCode.Redirect, (await MediaTestFiles.AttachAsync(maff, maffItem, moeysAsset)).StatusCode);

        var moeysPage = await moeys.GetStringAsync($"/editor/media/{moeysAsset}", Ct);
        Assert.Contains("handout-moeys", moeysPage);
        Assert.DoesNotContain("handout-maff", moeysPage);

        var v2 = MediaTestFiles.Pdf("shared handout, corrected");
        var replaced = await MediaTestFiles.UploadAsync(moeys, v2, "handout-v2.pdf", $"/editor/media/{moeysAsset}?handler=Replace", $"/editor/media/{moeysAsset}");
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);

        var (mine, theirs, theirLink) = await hub.DbAsync(async db => (
            await db.MediaAssets.SingleAsync(m => m.Id == moeysAsset, Ct),
            await db.MediaAssets.SingleAsync(m => m.Id == maffAsset, Ct),
            await db.RevisionMedia.Include(m => m.MediaAsset).SingleAsync(m => m.Revision.ContentItemId == maffItem, Ct)));
        Assert.Equal(MediaStore.Sha256Hex(v2), mine.Sha256);
        Assert.Equal(sha, theirs.Sha256);
        Assert.Equal(sha, theirLink.MediaAsset.Sha256);
        Assert.Equal("handout.pdf", theirs.FileName);
        Assert.DoesNotContain("handout-moeys", await maff.GetStringAsync($"/editor/media/{maffAsset}", Ct));
    }

    [Fact]
    public async Task A_publisher_using_one_ministrys_file_in_anothers_item_links_the_items_own_asset()
    {
        var moeys = await ContributorAsync("pub-a", "moeys");
        var maff = await ContributorAsync("pub-b", "maff");
        var publisher = await hub.SignInAsync(await hub.UserAsync("pub-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var bytes = MediaTestFiles.Pdf("poster");
        var moeysAsset = await MediaTestFiles.UploadIdAsync(moeys, bytes, "poster.pdf");
        var maffItem = await CreateItemAsync(maff, "poster-maff");

        Assert.Equal(HttpStatusCode.Redirect, (await MediaTestFiles.AttachAsync(publisher, maffItem, moeysAsset)).StatusCode);
        var link = await hub.DbAsync(db => db.RevisionMedia.Include(m => m.MediaAsset).SingleAsync(m => m.Revision.ContentItemId == maffItem, Ct));
        Assert.NotEqual(moeysAsset, link.MediaAssetId);
        Assert.Equal(await hub.OrganisationAsync("maff"), link.MediaAsset.OrganisationId);
        Assert.Equal(MediaStore.Sha256Hex(bytes), link.MediaAsset.Sha256);
        // MAFF now finds that file in its own library; MoEYS's row is untouched and still not MAFF's.
        Assert.Contains("poster.pdf", await maff.GetStringAsync("/editor/media", Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await maff.GetAsync($"/editor/media/{moeysAsset}", Ct)).StatusCode);
    }
}
