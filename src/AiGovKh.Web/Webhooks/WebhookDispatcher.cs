using System.Net.Http.Headers;
using AiGovKh.Cms;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Follows the change feed (never called by publishing, so a slow or failing receiver cannot slow a publish) and
/// POSTs each publish, unpublish and delete to the subscribed receivers, signed with HMAC-SHA256, retrying with
/// exponential back-off. Its cursor is kept in <c>{DataDirectory}/webhooks/cursor</c>; a first start begins at the
/// current head (no replay of history).
/// </summary>
internal sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory clients,
    IOptions<WebhookOptions> options,
    IOptions<ApiOptions> api,
    HubOptions hub,
    WebhookDeliveryLog log,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Subscriptions.Count == 0)
        {
            return;
        }
        var cursorFile = Path.Combine(hub.DataDirectory, "webhooks", "cursor");
        long? cursor = File.Exists(cursorFile) && long.TryParse(await File.ReadAllTextAsync(cursorFile, stoppingToken), out var saved) ? saved : null;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        do
        {
            try
            {
                cursor = await DispatchAfterAsync(cursor, stoppingToken);
                Directory.CreateDirectory(Path.GetDirectoryName(cursorFile)!);
                await File.WriteAllTextAsync(cursorFile, cursor.ToString(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not read the change feed for webhooks; trying again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<long> DispatchAfterAsync(long? cursor, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (cursor is null)
        {
            return await db.ChangeFeed.MaxAsync(c => (long?)c.Sequence, ct) ?? 0;
        }
        var rows = await db.ChangeFeed.AsNoTracking().Where(c => c.Sequence > cursor).OrderBy(c => c.Sequence).Take(100)
            .Join(db.Items, c => c.ContentItemId, i => i.Id, (c, i) => new { c.Sequence, c.Slug, c.Kind, c.RevisionId, c.At, i.Type })
            .ToListAsync(ct);
        var origin = api.Value.PublicBaseUrl.TrimEnd('/');
        foreach (var row in rows)
        {
            var name = row.Kind switch { ChangeKind.Published => "publish", ChangeKind.Unpublished => "unpublish", _ => "delete" };
            var payload = new WebhookPayload(
                Guid.NewGuid().ToString("N"), name, row.Sequence, row.Slug, row.Type.Key(), row.RevisionId, row.At,
                row.Kind == ChangeKind.Published && origin.Length > 0 ? $"{origin}/api/v1/content/{row.Slug}" : null);
            foreach (var subscription in options.Value.Subscriptions.Where(s => s.Wants(name)))
            {
                // Each delivery retries on its own; the feed moves on at once.
                _ = DeliverAsync(subscription, payload, ct);
            }
        }
        return rows.Count == 0 ? cursor.Value : rows[^1].Sequence;
    }

    internal async Task DeliverAsync(WebhookSubscription subscription, WebhookPayload payload, CancellationToken ct)
    {
        var body = WebhookSignature.Body(payload);
        var delay = TimeSpan.FromSeconds(options.Value.FirstRetrySeconds);
        for (var attempt = 1; attempt <= options.Value.MaxAttempts && !ct.IsCancellationRequested; attempt++)
        {
            int? status = null;
            string outcome;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(subscription.Secret, body));
                request.Headers.Add("X-AiGovKh-Event", payload.Event);
                request.Headers.Add("X-AiGovKh-Delivery", payload.Id);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
                using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
                status = (int)response.StatusCode;
                outcome = response.IsSuccessStatusCode ? "delivered" : "failed";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                outcome = "failed: " + exception.GetType().Name;
            }
            log.Add(new WebhookAttempt(payload.Id, subscription.Name, payload.Event, payload.Slug, attempt, DateTimeOffset.UtcNow, status, outcome));
            if (outcome == "delivered")
            {
                return;
            }
            if (attempt < options.Value.MaxAttempts)
            {
                await Task.Delay(delay, ct);
                delay *= 2;
            }
        }
    }
}
