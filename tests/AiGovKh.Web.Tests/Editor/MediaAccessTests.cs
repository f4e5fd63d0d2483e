using System.Net;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using static AiGovKh.Web.Tests.Editor.EditorWorkflowTests;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>/media serves the public only files of live revisions; editors may preview what they may read, privately.</summary>
public sealed class MediaAccessTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request, Ct);
    }

    /// <summary>
    /// An editor's answer may be kept by their browser only: <c>private</c> (or <c>no-store</c>, which the
    /// sign-in cookie handler writes instead when it renews the cookie on the same response).
    /// </summary>
    private static void AssertNotShared(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl!;
        Assert.False(cache.Public, cache.ToString());
        Assert.True(cache.Private || cache.NoStore, cache.ToString());
    }

    [Fact]
    public async Task Draft_media_is_404_for_anyone_who_only_knows_the_hash_and_public_once_live()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("ma-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("ma-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("ma-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var outsider = await hub.SignInAsync(await hub.UserAsync("ma-out@maff.gov.kh", HubRoles.Contributor, "maff"));
        var anonymous = hub.NewClient();

        var bytes = MediaTestFiles.Pdf("draft-only sheet");
        var sha = MediaStore.Sha256Hex(bytes);
        var path = $"/media/{sha}/sheet.pdf";
        var assetId = await MediaTestFiles.UploadIdAsync(contributor, bytes, "sheet.pdf");
        var id = await CreateItemAsync(contributor, "media-access-lesson");
        Assert.Equal(HttpStatusCode.Redirect, (await MediaTestFiles.AttachAsync(contributor, id, assetId)).StatusCode);

        // Only a draft uses it: not for the public, nor for another ministry.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(anonymous, path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(outsider, path)).StatusCode);
        foreach (var editor in new[] { contributor, publisher })
        {
            var preview = await GetAsync(editor, path);
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Equal(bytes, await preview.Content.ReadAsByteArrayAsync(Ct));
            AssertNotShared(preview);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "សន្លឹកកិច្ចការ", "Worksheet"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "With sheet" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Publish")).StatusCode);

        var live = await GetAsync(anonymous, path);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.True(live.Headers.CacheControl!.Public);
        Assert.False(live.Headers.CacheControl.Private);
        Assert.Equal($"\"{sha}\"", live.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(anonymous, path, $"\"{sha}\"")).StatusCode);
        // Any signed-in editor may read a live file too.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(outsider, path)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(anonymous, path)).StatusCode);
    }

    [Fact]
    public async Task An_unused_library_file_is_visible_only_to_its_organisation()
    {
        var owner = await hub.SignInAsync(await hub.UserAsync("ma-lib@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var outsider = await hub.SignInAsync(await hub.UserAsync("ma-lib@maff.gov.kh", HubRoles.Reviewer, "maff"));
        var bytes = MediaTestFiles.Pdf("library only");
        await MediaTestFiles.UploadIdAsync(owner, bytes, "plan.pdf");
        var path = $"/media/{MediaStore.Sha256Hex(bytes)}/plan.pdf";

        var own = await GetAsync(owner, path);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        AssertNotShared(own);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(outsider, path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(hub.NewClient(), path)).StatusCode);
    }
}
