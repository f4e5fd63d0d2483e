using System.Net;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Editor;
using AiGovKh.Web.Tests.Editor;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Webhooks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>Several nodes on one database, and subscriptions that come from configuration.</summary>
public sealed class WebhookSharingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Another node over the same data folder (same SQLite database and data-protection key ring), whose configuration
    /// names one subscription when <paramref name="url"/> is given.
    /// </summary>
    private sealed class SecondNode(string dataDirectory, string? url = null, string events = "unpublish", string secret = "a-configured-secret-of-length") : WebhookHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:DataDirectory", dataDirectory);
            // Each node keeps its own search index (DESIGN: per-node caches); only the database is shared.
            builder.UseSetting("Search:IndexDirectory", Path.Combine(DataDirectory, "index"));
            if (url is not null) ConfigureSubscription(builder, url, events, secret);
        }
    }

    /// <summary>Names the subscription "school-system" in the node's configuration file settings.</summary>
    private static void ConfigureSubscription(IWebHostBuilder builder, string url, string events = "unpublish", string secret = "a-configured-secret-of-length")
    {
        builder.UseSetting("Webhooks:Subscriptions:0:Name", "school-system");
        builder.UseSetting("Webhooks:Subscriptions:0:Url", url);
        builder.UseSetting("Webhooks:Subscriptions:0:Secret", secret);
        builder.UseSetting("Webhooks:Subscriptions:0:Events:0", events);
    }

    private sealed class ConfiguredHub : WebhookHub
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            ConfigureSubscription(builder, "https://ok.example/configured");
        }
    }

    [Fact]
    public async Task Two_nodes_on_one_database_send_each_delivery_once()
    {
        await using var first = new WebhookHub();
        await first.SeedOnceAsync();
        await first.DispatcherStartedAsync();
        await using var second = new SecondNode(first.DataDirectory);
        _ = second.Services; // starts the second node: its dispatcher polls the same outbox.
        var by = new WorkflowUser("test", "test", new HashSet<string> { HubRoles.Administrator }, null);
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<WebhookAdministration>();
            foreach (var name in new[] { "one", "two" })
                Assert.True((await admin.CreateAsync(new WebhookInput(name, $"https://ok.example/{name}", ["unpublish"], null), by, Ct)).Succeeded);
        }

        // Only these three unpublications count: the scheduler may also take the expired item down meanwhile,
        // which is a real "unpublish" event for both subscriptions but not part of this test.
        string[] slugs = [TestContent.Page, TestContent.Campaign, TestContent.GuidelineStaleKhmer];
        foreach (var slug in slugs)
            await first.UnpublishAsync(slug);
        // Two hosts on one SQLite file while the other test assemblies run beside this one: allow more than the usual 20 s.
        try
        {
            await WebhookHub.EventuallyAsync(() => first.StoreAsync(db => db.Deliveries.CountAsync(d => d.Outcome == WebhookOutcome.Delivered && d.Event == "unpublish" && slugs.Contains(d.Slug))).ContinueWith(t => t.Result == 6), "six deliveries", seconds: 60);
        }
        catch (Exception) when (!Ct.IsCancellationRequested)
        {
            // Say where each delivery stands, so a failure here can be diagnosed from the test log alone.
            var state = await first.StoreAsync(db => db.Deliveries.AsNoTracking()
                .Select(d => $"{d.Slug}/{d.SubscriptionId}: {d.Outcome}, attempts {d.Attempts}, status {d.LastStatus}, lease {d.LeaseOwner}, '{d.LastResponse}'")
                .ToListAsync());
            Assert.Fail("timed out waiting for six deliveries; deliveries: " + string.Join(" | ", state));
        }
        // Give both dispatchers many more polls (0.1 s each) to send anything twice.
        await Task.Delay(1000, Ct);

        var ours = await first.StoreAsync(db => db.Deliveries.Where(d => d.Event == "unpublish" && slugs.Contains(d.Slug)).Select(d => d.EventId).ToListAsync());
        Assert.Equal(6, ours.Count);
        var received = first.Receiver.Requests.Concat(second.Receiver.Requests).Where(r => ours.Contains(r.Headers["X-AiGovKh-Delivery"])).ToList();
        Assert.Equal(6, received.Count);
        Assert.Equal(6, received.Select(r => r.Headers["X-AiGovKh-Delivery"]).Distinct().Count());
        Assert.Equal(6, await first.StoreAsync(db => db.Attempts.CountAsync(a => db.Deliveries.Any(d => d.Id == a.DeliveryId && slugs.Contains(d.Slug)))));
    }

    [Fact]
    public async Task Changes_that_come_from_the_configuration_are_audited_once_each()
    {
        await using var first = new WebhookHub();
        await first.SeedOnceAsync();
        async Task<List<string>> AuditAsync()
        {
            await using var scope = first.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<AiGovKh.Cms.Storage.HubDbContext>().AuditLog
                .Where(a => a.UserId == "configuration").OrderBy(a => a.Id).Select(a => a.Action + " " + a.Detail).ToListAsync(Ct);
        }
        async Task StartAsync(string? url, string events = "unpublish", string secret = "a-configured-secret-of-length")
        {
            await using var node = new SecondNode(first.DataDirectory, url, events, secret);
            _ = node.Services; // starting the host mirrors its configuration
        }

        await StartAsync("https://ok.example/v1");
        await StartAsync("https://ok.example/v1"); // unchanged: nothing to audit
        await StartAsync("https://ok.example/v2", "publish");
        await StartAsync("https://ok.example/v2", "publish", "a-rotated-configured-secret");
        await StartAsync(null); // removed from the configuration

        var audit = await AuditAsync();
        Assert.Equal(4, audit.Count);
        Assert.StartsWith("webhook-create ", audit[0]);
        Assert.Contains("https://ok.example/v1 [unpublish]", audit[0]);
        Assert.StartsWith("webhook-update ", audit[1]);
        Assert.Contains("https://ok.example/v2 [publish]", audit[1]);
        Assert.DoesNotContain("new secret", audit[1]);
        Assert.StartsWith("webhook-update ", audit[2]);
        Assert.Contains("new secret", audit[2]);
        Assert.StartsWith("webhook-disable ", audit[3]);
        Assert.All(audit, entry => Assert.Contains("\"school-system\"", entry));
        Assert.All(audit, entry => Assert.DoesNotContain("a-configured-secret-of-length", entry));
        Assert.All(audit, entry => Assert.DoesNotContain("a-rotated-configured-secret", entry));
    }

    [Fact]
    public async Task Configured_subscriptions_are_listed_read_only_and_delivered()
    {
        await using var hub = new ConfiguredHub();
        var admin = await hub.SignInAsync(await hub.UserAsync("cfg-admin@mptc.gov.kh", HubRoles.Administrator, "mptc"));
        await hub.DispatcherStartedAsync();
        var subscription = await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Name == "school-system"));
        Assert.True(subscription.FromConfiguration);
        Assert.DoesNotContain("a-configured-secret-of-length", subscription.ProtectedSecret);

        var list = await Html.ParseAsync(await admin.GetAsync("/editor/webhooks", Ct));
        Assert.Contains(EditorText.Lookup("Webhooks.FromConfiguration", System.Globalization.CultureInfo.GetCultureInfo("km"))!, list.QuerySelector("tbody tr")!.TextContent);
        var detail = await Html.ParseAsync(await admin.GetAsync($"/editor/webhooks/{subscription.Id}", Ct));
        Assert.Null(detail.QuerySelector("form[action*='handler=Delete']"));
        foreach (var handler in new[] { "Delete", "Rotate", "Enable" })
        {
            var response = await admin.PostFormAsync($"/editor/webhooks/{subscription.Id}", $"/editor/webhooks/{subscription.Id}?handler={handler}", new() { ["enable"] = "false" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        Assert.True((await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == subscription.Id))).Enabled);

        await hub.UnpublishAsync(TestContent.Campaign);
        await WebhookHub.EventuallyAsync(() => Task.FromResult(hub.Receiver.To("ok.example").Any(r => r.Url.AbsolutePath == "/configured")), "the configured receiver");
        var received = hub.Receiver.To("ok.example").Single(r => r.Url.AbsolutePath == "/configured");
        Assert.True(WebhookSignature.Verify("a-configured-secret-of-length", received.Headers[WebhookSignature.Header], received.Body, DateTimeOffset.UtcNow));
    }
}
