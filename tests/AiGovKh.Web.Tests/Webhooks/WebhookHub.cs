using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Editor;
using AiGovKh.Web.Webhooks;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>
/// The editor hub with webhooks sent to an in-memory receiver instead of the network, short retry delays and a fast
/// dispatcher. The receiver answers by host: <c>fail.example</c> always 503 (with markup in its body),
/// <c>flaky.example</c> 503 once then 204, anything else 204.
/// </summary>
public class WebhookHub : EditorFactory
{
    public TestReceiver Receiver { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Webhooks:FirstRetrySeconds", "0.1");
        builder.UseSetting("Webhooks:MaxAttempts", "3");
        builder.UseSetting("Webhooks:PollSeconds", "0.1");
        builder.UseSetting("Webhooks:AllowLoopback", "true");
        builder.ConfigureTestServices(services => services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => Receiver));
    }

    public Task<T> StoreAsync<T>(Func<WebhookStoreDbContext, Task<T>> query) => WithAsync(query);

    private async Task<T> WithAsync<T>(Func<WebhookStoreDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WebhookStoreDbContext>());
    }

    /// <summary>Waits (up to <paramref name="seconds"/>, 20 by default) until <paramref name="done"/> holds, checking every 50 ms.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> done, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for " + what);
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The dispatcher has read the feed head (its shared cursor exists), so later feed rows will be sent.</summary>
    public Task DispatcherStartedAsync() => EventuallyAsync(() => StoreAsync(db => db.Cursors.AnyAsync()), "the webhook dispatcher's cursor");

    public async Task UnpublishAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var item = await db.Items.SingleAsync(i => i.Slug == slug);
        var result = await scope.ServiceProvider.GetRequiredService<PublishingService>().UnpublishAsync(item.Id, Actor.System);
        Assert.True(result.Succeeded);
    }
}

/// <summary>Records every request a webhook sends and answers by host.</summary>
public sealed class TestReceiver : HttpMessageHandler
{
    public const string FailureBody = "<script>alert('receiver')</script> down";

    public ConcurrentQueue<Received> Requests { get; } = new();

    private readonly ConcurrentDictionary<string, int> _calls = new();

    public IEnumerable<Received> To(string host) => Requests.Where(r => r.Url.Host == host);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue(new Received(request.RequestUri!, headers, body));
        var calls = _calls.AddOrUpdate(request.RequestUri!.Host, 1, (_, n) => n + 1);
        return request.RequestUri.Host switch
        {
            "fail.example" => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent(FailureBody, Encoding.UTF8, "text/html") },
            "flaky.example" when calls == 1 => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            _ => new HttpResponseMessage(HttpStatusCode.NoContent),
        };
    }
}

public sealed record Received(Uri Url, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Json => Encoding.UTF8.GetString(Body);

    public System.Text.Json.JsonElement Payload => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
