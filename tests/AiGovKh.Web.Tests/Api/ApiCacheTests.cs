using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Api;

public sealed class ApiCacheTests
{
    private const string Path = "/api/v1/content/" + TestContent.Page + "?locale=en";

    [Fact]
    public async Task Publish_evicts_cached_answers_at_once_and_the_etag_changes()
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        await WaitForFeedFollowerAsync(client);
        var before = await ApiHub.GetAsync(client, Path);
        Assert.Equal("About the hub", (await ApiHub.JsonAsync(before)).GetProperty("title").GetString());

        await RenameAsync(hub, "Renamed quietly");
        Assert.Equal("About the hub", await TitleAsync(client));

        await hub.WithDatabaseAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == TestContent.Page);
            db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Published, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string title;
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            title = await TitleAsync(client);
        }
        while (title != "Renamed quietly" && DateTime.UtcNow < deadline);
        Assert.Equal("Renamed quietly", title);

        var after = await ApiHub.GetAsync(client, Path, ifNoneMatch: before.Headers.ETag!.Tag);
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Signed_in_requests_never_fill_the_cache_the_public_reads()
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        await WaitForFeedFollowerAsync(client);
        Assert.Equal("About the hub", await TitleAsync(client));
        await RenameAsync(hub, "Seen by editor");

        using var request = new HttpRequestMessage(HttpMethod.Get, Path + "&x=1");
        request.Headers.Add("Cookie", ".AspNetCore.Identity.Application=signed-in");
        var editor = await ApiHub.JsonAsync(await client.SendAsync(request, TestContext.Current.CancellationToken));
        Assert.Equal("Seen by editor", editor.GetProperty("title").GetString());

        // The editor's request did not read the public entry...
        Assert.Equal("About the hub", await TitleAsync(client));
        // ...and stored nothing: a public reader of the same URL gets a fresh answer, not the editor's.
        await RenameAsync(hub, "Public truth");
        var publicSamePath = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, Path + "&x=1"));
        Assert.Equal("Public truth", publicSamePath.GetProperty("title").GetString());
    }

    private static async Task<string> TitleAsync(HttpClient client) =>
        (await ApiHub.JsonAsync(await ApiHub.GetAsync(client, Path))).GetProperty("title").GetString()!;

    private static Task RenameAsync(HubFactory hub, string title) => hub.WithDatabaseAsync(async db =>
    {
        var text = await db.Translations.SingleAsync(t => t.Revision.ContentItem.Slug == TestContent.Page && t.Locale == "en");
        text.Title = title;
        await db.SaveChangesAsync();
    });

    private static async Task WaitForFeedFollowerAsync(HttpClient client)
    {
        await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        await Task.Delay(1200, TestContext.Current.CancellationToken);
    }
}
