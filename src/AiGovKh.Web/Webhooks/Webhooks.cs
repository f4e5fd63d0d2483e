namespace AiGovKh.Web.Webhooks;

public static class Webhooks
{
    /// <summary>Signed webhooks for integrators, fed by the change feed; configured under <c>Webhooks:</c>.</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.Subscriptions.All(s => Uri.TryCreate(s.Url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"), "Every Webhooks:Subscriptions:N:Url must be an absolute http(s) URL.")
            .Validate(o => o.Subscriptions.All(s => s.Secret.Length >= 16), "Every webhook subscription needs a Secret of at least 16 characters.")
            .Validate(o => o.Subscriptions.All(s => s.Events.All(e => e is "publish" or "unpublish" or "delete")), "Webhook events are publish, unpublish and delete.")
            .Validate(o => o.MaxAttempts is > 0 and <= 20 && o.FirstRetrySeconds >= 0 && o.TimeoutSeconds > 0, "Webhooks:MaxAttempts (1-20), FirstRetrySeconds and TimeoutSeconds must be sensible.")
            .ValidateOnStart();
        services.AddHttpClient(WebhookDispatcher.ClientName);
        services.AddSingleton<WebhookDeliveryLog>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
