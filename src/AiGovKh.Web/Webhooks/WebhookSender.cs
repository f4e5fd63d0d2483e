using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Sends one delivery once: signs the stored body with the subscription's secret, POSTs it, records the attempt and
/// either completes the delivery or schedules the next attempt with exponential back-off.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory clients, IOptions<WebhookOptions> options, WebhookSecrets secrets, TimeProvider clock, ILogger<WebhookSender> logger)
{
    public const string ClientName = "webhooks";
    public const int ExcerptLength = 300;

    /// <summary>Sends the delivery this node has claimed; returns it as stored afterwards.</summary>
    public async Task<WebhookDelivery?> SendAsync(long deliveryId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhookStoreDbContext>();
        var delivery = await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct);
        var subscription = delivery is null ? null : await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == delivery.SubscriptionId, ct);
        if (delivery is null || subscription is null || delivery.Outcome != WebhookOutcome.Pending)
        {
            return delivery;
        }
        var attempt = subscription.Enabled || delivery.Event == WebhookEvents.Ping
            ? await PostAsync(subscription, delivery, ct)
            // Disabled after the delivery was queued: the receiver gets nothing, and the log says why.
            : new WebhookAttempt { At = clock.GetUtcNow(), Response = "subscription disabled" };
        var settings = options.Value;
        delivery.Attempts++;
        attempt.Number = delivery.Attempts;
        delivery.AttemptLog.Add(attempt);
        delivery.LastStatus = attempt.Status;
        delivery.LastDurationMs = attempt.DurationMs;
        delivery.LastResponse = attempt.Response;
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        var delivered = attempt.Status is >= 200 and < 300;
        var givenUp = !delivered && (delivery.Attempts >= settings.MaxAttempts || delivery.Event == WebhookEvents.Ping || !subscription.Enabled);
        if (delivered || givenUp)
        {
            delivery.Outcome = delivered ? WebhookOutcome.Delivered : WebhookOutcome.Failed;
            delivery.CompletedAt = attempt.At;
            delivery.NextAttemptAt = null;
        }
        else
        {
            delivery.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromSeconds(settings.FirstRetrySeconds * Math.Pow(2, delivery.Attempts - 1));
        }
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Webhook {Subscription} {Event} {Slug} attempt {Attempt}: {Status} {Outcome}",
            subscription.Name, delivery.Event, delivery.Slug, delivery.Attempts, attempt.Status, delivery.Outcome);
        return delivery;
    }

    private async Task<WebhookAttempt> PostAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken ct)
    {
        var attempt = new WebhookAttempt { At = clock.GetUtcNow() };
        var watch = Stopwatch.StartNew();
        try
        {
            var body = Encoding.UTF8.GetBytes(delivery.Payload);
            using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secrets.Unprotect(subscription.ProtectedSecret), body, clock.GetUtcNow()));
            request.Headers.Add("X-AiGovKh-Event", delivery.Event);
            request.Headers.Add("X-AiGovKh-Delivery", delivery.EventId);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            attempt.Status = (int)response.StatusCode;
            attempt.Response = await ExcerptAsync(response, timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Security.Cryptography.CryptographicException && !ct.IsCancellationRequested)
        {
            // The receiver's problem (or a secret the key ring can no longer read): logged as a failed attempt.
            attempt.Response = exception is TaskCanceledException ? "timeout" : exception.GetType().Name + ": " + exception.Message;
        }
        attempt.DurationMs = watch.ElapsedMilliseconds;
        attempt.Response = attempt.Response is { Length: > ExcerptLength } text ? text[..ExcerptLength] : attempt.Response;
        return attempt;
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[ExcerptLength * 2];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        var text = Encoding.UTF8.GetString(buffer, 0, read).Replace('\uFFFD', ' ').Trim();
        return text.Length == 0 ? null : text;
    }
}
