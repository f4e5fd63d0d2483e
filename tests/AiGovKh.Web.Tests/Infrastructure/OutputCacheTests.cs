using System.Net.Http.Headers;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.Extensions.DependencyInjection;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class OutputCacheTests
{
    private const string Path = "/en/pages/" + TestContent.Page;

    [Fact]
    public async Task Public_page_is_served_from_cache_until_the_change_feed_moves()
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        await WaitForFeedFollowerAsync(hub);
        Assert.Equal("About the hub", await TitleAsync(client));

        // Changing the text without a change-feed row: readers still get the cached page.
        await RenameAsync(hub, "Renamed quietly");
        Assert.Equal("About the hub", await TitleAsync(client));

        // A publish writes a change-feed row: the cache is evicted within a poll or two.
        await hub.WithDatabaseAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Slug == TestContent.Page);
            db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Published, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string title;
        do
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            title = await TitleAsync(client);
        }
        while (title != "Renamed quietly" && DateTime.UtcNow < deadline);
        Assert.Equal("Renamed quietly", title);
    }

    [Fact]
    public async Task Signed_in_users_never_get_or_fill_the_cache()
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        await WaitForFeedFollowerAsync(hub);
        Assert.Equal("About the hub", await TitleAsync(client));
        await RenameAsync(hub, "Draft seen by editor");

        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Add("Cookie", ".AspNetCore.Identity.Application=signed-in");
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);
        Assert.Equal("Draft seen by editor", page.Text("article h1"));

        Assert.Equal("About the hub", await TitleAsync(client));
    }

    [Fact]
    public async Task Cached_pages_vary_by_locale()
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        var (_, english) = await client.GetPageAsync("/en");
        var (_, khmer) = await client.GetPageAsync("/km");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("km", khmer.DocumentElement.GetAttribute("lang"));
    }

    private static async Task<string> TitleAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.CacheControl = new CacheControlHeaderValue();
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (await Html.ParseAsync(response)).Text("article h1");
    }

    private static Task RenameAsync(HubFactory hub, string title) => hub.WithDatabaseAsync(async db =>
    {
        var text = await db.Translations.SingleAsync(t => t.Revision.ContentItem.Slug == TestContent.Page && t.Locale == "en");
        text.Title = title;
        await db.SaveChangesAsync();
    });

    // The follower evicts once when it first reads the feed head; let that happen before filling the cache.
    // The follower evicts when it first reads the feed and again when seeding moves it; let both
    // happen before filling the cache, or a late eviction would look like a cache miss.
    private static async Task WaitForFeedFollowerAsync(HubFactory hub)
    {
        long head = 0;
        await hub.WithDatabaseAsync(async db => head = await db.ChangeFeed.MaxAsync(c => c.Sequence));
        var follower = hub.Services.GetRequiredService<ChangeFeedCacheEviction>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (follower.ObservedSequence != head && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.Equal(head, follower.ObservedSequence);
    }
}
