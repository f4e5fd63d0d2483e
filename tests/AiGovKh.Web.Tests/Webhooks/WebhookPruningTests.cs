using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>The webhook hub on a clock the test moves, so the dispatcher's hourly pruning can be reached without waiting.</summary>
public sealed class ClockedWebhookHub : WebhookHub
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:KeepDeliveriesDays", "30");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Finished deliveries older than <c>Webhooks:KeepDeliveriesDays</c> leave the log; pending and recent ones stay.</summary>
public sealed class WebhookPruningTests(ClockedWebhookHub hub) : IClassFixture<ClockedWebhookHub>
{
    [Fact]
    public async Task Old_finished_deliveries_are_pruned_and_pending_or_recent_ones_kept()
    {
        hub.CreateClient();
        await hub.DispatcherStartedAsync();
        var now = hub.Clock.Now;
        var ids = await hub.StoreAsync(async db =>
        {
            var subscription = new WebhookSubscription
            {
                Name = "pruning", Url = "https://receiver.example/hook", ProtectedSecret = "unused", Events = "publish",
                DisabledAt = now, CreatedAt = now, UpdatedAt = now,
            };
            db.Subscriptions.Add(subscription);
            await db.SaveChangesAsync();
            WebhookDelivery Delivery(string name, WebhookOutcome outcome, DateTimeOffset? completed) => new()
            {
                SubscriptionId = subscription.Id, EventId = name, Event = "publish", Slug = name, Payload = "{}",
                CreatedAt = now.AddDays(-40), Outcome = outcome, CompletedAt = completed,
                // Pending rows are not due, so the dispatcher leaves them alone during the test.
                NextAttemptAt = outcome == WebhookOutcome.Pending ? now.AddDays(365) : null,
            };
            var rows = new[]
            {
                Delivery("old-delivered", WebhookOutcome.Delivered, now.AddDays(-31)),
                Delivery("old-failed", WebhookOutcome.Failed, now.AddDays(-31)),
                Delivery("recent-delivered", WebhookOutcome.Delivered, now.AddDays(-29)),
                Delivery("old-pending", WebhookOutcome.Pending, null),
            };
            db.Deliveries.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToArray();
        });

        // The dispatcher prunes at most once an hour: move its clock past that.
        hub.Clock.Advance(TimeSpan.FromHours(2));
        await WebhookHub.EventuallyAsync(
            () => hub.StoreAsync(db => db.Deliveries.CountAsync(d => ids.Contains(d.Id))).ContinueWith(t => t.Result == 2, TaskScheduler.Default),
            "old finished deliveries to be pruned");

        var left = await hub.StoreAsync(db => db.Deliveries.Where(d => ids.Contains(d.Id)).Select(d => d.EventId).OrderBy(e => e).ToListAsync());
        Assert.Equal(["old-pending", "recent-delivered"], left);
    }
}
