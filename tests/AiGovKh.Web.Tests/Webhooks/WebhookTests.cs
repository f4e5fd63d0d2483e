using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Webhooks;

public sealed class WebhookTests
{
    private const string Secret = "a-test-secret-of-some-length";

    /// <summary>A receiver that hangs on the first call until the test opens <see cref="Gate"/>, then fails it, then accepts.</summary>
    private sealed class FlakyReceiver : HttpMessageHandler
    {
        public ConcurrentQueue<(HttpRequestMessage Request, byte[] Body)> Received { get; } = new();

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            // The seed's own feed rows may be delivered too; this test follows the campaign only.
            var payload = JsonDocument.Parse(body).RootElement;
            if (payload.GetProperty("slug").GetString() != TestContent.Campaign || payload.GetProperty("event").GetString() != "unpublish")
            {
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            }
            Received.Enqueue((request, body));
            if (Received.Count == 1)
            {
                await Gate.Task.WaitAsync(cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }

    private sealed class GatedHub(FlakyReceiver receiver) : ApiHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:Subscriptions:0:Name", "school-system");
            builder.UseSetting("Webhooks:Subscriptions:0:Url", "https://receiver.example/hook");
            builder.UseSetting("Webhooks:Subscriptions:0:Secret", Secret);
            builder.UseSetting("Webhooks:FirstRetrySeconds", "0.2");
            builder.ConfigureTestServices(services => services.AddHttpClient("webhooks").ConfigurePrimaryHttpMessageHandler(() => receiver));
        }

        public async Task<T> StoreAsync<T>(Func<AiGovKh.Web.Webhooks.Storage.WebhookStoreDbContext, Task<T>> query)
        {
            await using var scope = Services.CreateAsyncScope();
            return await query(scope.ServiceProvider.GetRequiredService<AiGovKh.Web.Webhooks.Storage.WebhookStoreDbContext>());
        }
    }

    [Fact]
    public async Task Unpublish_is_posted_signed_retried_after_failure_and_logged_without_slowing_publishing()
    {
        var receiver = new FlakyReceiver();
        await using var hub = new GatedHub(receiver);
        await hub.CreateApiClientAsync();
        // The dispatcher starts at the feed head and records its shared cursor once it has read it: wait for that, not a fixed time.
        var started = DateTime.UtcNow.AddSeconds(30);
        while (!await hub.StoreAsync(db => db.Cursors.AnyAsync()) && DateTime.UtcNow < started)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        Assert.True(await hub.StoreAsync(db => db.Cursors.AnyAsync()), "the webhook dispatcher did not start");

        // The receiver cannot answer until the gate opens, so a publish that waited for receivers would never return.
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var campaign = await db.Items.SingleAsync(i => i.Slug == TestContent.Campaign, TestContext.Current.CancellationToken);
            var result = await scope.ServiceProvider.GetRequiredService<PublishingService>()
                .UnpublishAsync(campaign.Id, Actor.System, cancellationToken: TestContext.Current.CancellationToken)
                .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded);
        }
        receiver.Gate.SetResult();

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (receiver.Received.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Equal(2, receiver.Received.Count);
        foreach (var (request, body) in receiver.Received)
        {
            Assert.True(WebhookSignature.Verify(Secret, request.Headers.GetValues(WebhookSignature.Header).Single(), body, DateTimeOffset.UtcNow), "signed with the subscription's secret, just now");
            Assert.Equal("unpublish", request.Headers.GetValues("X-AiGovKh-Event").Single());
            var json = JsonDocument.Parse(body).RootElement;
            Assert.Equal(TestContent.Campaign, json.GetProperty("slug").GetString());
            Assert.Equal("unpublish", json.GetProperty("event").GetString());
        }
        Assert.False(WebhookSignature.Verify("another-secret-entirely!", receiver.Received.First().Request.Headers.GetValues(WebhookSignature.Header).Single(), receiver.Received.First().Body, DateTimeOffset.UtcNow));

        // The delivery log in the database: one delivery, two attempts (503, then 204), delivered; the same event id both times.
        var delivery = await hub.StoreAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Slug == TestContent.Campaign && d.Event == "unpublish"));
        await WebhookHub.EventuallyAsync(async () => (await hub.StoreAsync(db => db.Deliveries.SingleAsync(d => d.Id == delivery.Id))).Outcome == WebhookOutcome.Delivered, "the delivery to be recorded");
        delivery = await hub.StoreAsync(db => db.Deliveries.Include(d => d.AttemptLog).SingleAsync(d => d.Id == delivery.Id));
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal([503, 204], delivery.AttemptLog.OrderBy(a => a.Number).Select(a => a.Status));
        Assert.Equal(receiver.Received.Select(r => r.Request.Headers.GetValues("X-AiGovKh-Delivery").Single()).Distinct(), [delivery.EventId]);
        Assert.False(File.Exists(Path.Combine(hub.DataDirectory, "webhooks", "deliveries.jsonl")), "the delivery log is in the database now");
    }
}
