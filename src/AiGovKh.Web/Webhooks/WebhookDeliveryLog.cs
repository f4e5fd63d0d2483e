using System.Collections.Concurrent;
using System.Text.Json;
using AiGovKh.Cms;

namespace AiGovKh.Web.Webhooks;

/// <summary>Every delivery attempt: the last 500 in memory and all of them as JSON lines in <c>{DataDirectory}/webhooks/deliveries.jsonl</c>.</summary>
public sealed class WebhookDeliveryLog(HubOptions options, ILogger<WebhookDeliveryLog> logger)
{
    private readonly ConcurrentQueue<WebhookAttempt> _recent = new();
    private readonly Lock _file = new();

    public IReadOnlyList<WebhookAttempt> Recent => _recent.ToArray();

    public void Add(WebhookAttempt attempt)
    {
        _recent.Enqueue(attempt);
        while (_recent.Count > 500 && _recent.TryDequeue(out _))
        {
        }
        logger.LogInformation("Webhook {Subscription} {Event} {Slug} attempt {Attempt}: {Outcome}", attempt.Subscription, attempt.Event, attempt.Slug, attempt.Attempt, attempt.Outcome);
        var folder = Path.Combine(options.DataDirectory, "webhooks");
        lock (_file)
        {
            Directory.CreateDirectory(folder);
            File.AppendAllText(Path.Combine(folder, "deliveries.jsonl"), JsonSerializer.Serialize(attempt, new JsonSerializerOptions(JsonSerializerDefaults.Web)) + "\n");
        }
    }
}
