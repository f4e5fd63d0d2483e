using System.Text.Json;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Api;

public sealed class ChangesTests
{
    /// <summary>A client that applies the feed page by page: store on published/updated, delete on withdrawn.</summary>
    private static async Task<(HashSet<string> Slugs, string Cursor)> ReplayAsync(HttpClient client, string since, int limit)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var cursor = since;
        while (true)
        {
            var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, $"/api/v1/changes?since={cursor}&limit={limit}"));
            foreach (var change in json.GetProperty("changes").EnumerateArray())
            {
                var slug = change.GetProperty("slug").GetString()!;
                if (change.GetProperty("kind").GetString() == "withdrawn")
                {
                    slugs.Remove(slug);
                }
                else
                {
                    slugs.Add(slug);
                }
            }
            cursor = json.GetProperty("nextCursor").GetString()!;
            if (!json.GetProperty("hasMore").GetBoolean())
            {
                return (slugs, cursor);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(100)]
    public async Task Replaying_from_the_start_ends_with_exactly_the_published_set(int limit)
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        var (slugs, _) = await ReplayAsync(client, "0", limit);
        Assert.Equal(ApiHub.Live.Order(), slugs.Order());
    }

    [Fact]
    public async Task Incremental_sync_sees_publish_update_and_withdrawal_after_its_cursor()
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        var (slugs, cursor) = await ReplayAsync(client, "0", 100);

        // Unpublish the campaign and publish the approved guideline, through the real workflow.
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AiGovKh.Cms.Storage.HubDbContext>();
            var publishing = scope.ServiceProvider.GetRequiredService<PublishingService>();
            var campaign = await db.Items.SingleAsync(i => i.Slug == TestContent.Campaign, TestContext.Current.CancellationToken);
            Assert.True((await publishing.UnpublishAsync(campaign.Id, Actor.System, cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
            var approved = await db.Revisions.SingleAsync(r => r.ContentItem.Slug == ApiHub.Approved, TestContext.Current.CancellationToken);
            Assert.True((await publishing.PublishAsync(approved.Id, Actor.System, cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
        }

        var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, $"/api/v1/changes?since={cursor}"));
        var kinds = json.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("slug").GetString()!, c => c.GetProperty("kind").GetString());
        Assert.Equal("withdrawn", kinds[TestContent.Campaign]);
        Assert.Equal("published", kinds[ApiHub.Approved]);
        Assert.Equal(2, kinds.Count);
        var published = json.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "published");
        Assert.EndsWith($"/api/v1/content/{ApiHub.Approved}?locale=km", published.GetProperty("url").GetString());

        var (after, _) = await ReplayAsync(client, cursor, 100);
        slugs.ExceptWith([TestContent.Campaign]);
        slugs.UnionWith(after);
        Assert.Equal(ApiHub.Live.Except([TestContent.Campaign]).Append(ApiHub.Approved).Order(), slugs.Order());
    }

    [Fact]
    public async Task Cursor_at_the_head_gives_no_changes_and_keeps_the_cursor()
    {
        await using var hub = new ApiHub();
        var client = await hub.CreateApiClientAsync();
        var (_, cursor) = await ReplayAsync(client, "0", 100);
        var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, $"/api/v1/changes?since={cursor}"));
        Assert.Empty(json.GetProperty("changes").EnumerateArray());
        Assert.Equal(cursor, json.GetProperty("nextCursor").GetString());
        Assert.False(json.GetProperty("hasMore").GetBoolean());
    }
}
