using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>An expiry is a withdrawal for integrators too: the change feed, <c>/api/v1/changes</c> and webhooks report it.</summary>
public sealed class WebhookExpiryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class FastSchedulerHub : WebhookHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Editor:SchedulerInterval", "00:00:00.2");
        }
    }

    [Fact]
    public async Task An_expired_item_is_reported_withdrawn_by_the_feed_the_changes_api_and_a_webhook()
    {
        await using var hub = new FastSchedulerHub();
        var client = await hub.CreateSeededClientAsync();
        await hub.DispatcherStartedAsync();
        var by = new WorkflowUser("test", "test", new HashSet<string> { HubRoles.Administrator }, null);
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<WebhookAdministration>();
            Assert.True((await admin.CreateAsync(new WebhookInput("expiry-watch", "https://ok.example/expiry", ["unpublish"], null), by, Ct)).Succeeded);
        }
        // A client that has read the whole feed so far: it saw the campaign published.
        var head = ApiHub.JsonAsync(await ApiHub.GetAsync(client, "/api/v1/changes?since=0&limit=100"));
        var cursor = (await head).GetProperty("nextCursor").GetString();

        // The campaign's published revision expires a moment from now.
        await hub.WithDatabaseAsync(async db =>
        {
            var revision = await db.Revisions.SingleAsync(r => r.ContentItem.Slug == TestContent.Campaign && r.State == RevisionState.Published, Ct);
            revision.ExpiresAt = DateTimeOffset.UtcNow.AddMilliseconds(300);
            await db.SaveChangesAsync(Ct);
        });

        await WebhookHub.EventuallyAsync(() => hub.DbAsync(db => db.ChangeFeed.AnyAsync(c => c.Slug == TestContent.Campaign && c.Kind == ChangeKind.Unpublished)), "the withdrawn feed row");
        var changes = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, $"/api/v1/changes?since={cursor}"));
        var campaign = changes.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == TestContent.Campaign);
        Assert.Equal("withdrawn", campaign.GetProperty("kind").GetString());

        // (The seed's long-expired campaign is withdrawn by the scheduler too and reported the same way.)
        bool ForCampaign(Received r) => r.Url.AbsolutePath == "/expiry" && r.Payload.GetProperty("slug").GetString() == TestContent.Campaign;
        await WebhookHub.EventuallyAsync(() => Task.FromResult(hub.Receiver.To("ok.example").Any(ForCampaign)), "the unpublish webhook");
        var received = hub.Receiver.To("ok.example").Single(ForCampaign);
        Assert.Equal("unpublish", received.Payload.GetProperty("event").GetString());
        Assert.Equal(TestContent.Campaign, received.Payload.GetProperty("slug").GetString());
    }
}
