using AiGovKh.Web.Webhooks.Storage;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

public static class Webhooks
{
    /// <summary>Signed webhooks for integrators, fed by the change feed; subscriptions in the database (<c>/editor/webhooks</c>).</summary>
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .PostConfigure<IHostEnvironment>((o, env) => o.AllowLoopback ??= env.IsDevelopment())
            .Validate(o => o.Subscriptions.All(s => WebhookTargets.Problem(s.Url, o.AllowLoopback == true) is null), "Every Webhooks:Subscriptions:N:Url must be an https URL that is not link-local, a metadata service or (outside development) loopback, without credentials.")
            .Validate(o => o.Subscriptions.All(s => s.Name.Trim().Length is > 0 and <= 100), "Every webhook subscription needs a Name (at most 100 characters).")
            .Validate(o => o.Subscriptions.All(s => s.Secret.Length >= 16), "Every webhook subscription needs a Secret of at least 16 characters.")
            .Validate(o => o.Subscriptions.All(s => s.Events.All(WebhookEvents.Subscribable.Contains)), "Webhook events are publish, unpublish and delete.")
            .Validate(o => o.MaxAttempts is > 0 and <= 20 && o.FirstRetrySeconds >= 0 && o.TimeoutSeconds > 0 && o.PollSeconds > 0 && o.KeepDeliveriesDays > 0, "Webhooks:MaxAttempts (1-20), FirstRetrySeconds, TimeoutSeconds, PollSeconds and KeepDeliveriesDays must be sensible.")
            .ValidateOnStart();
        services.AddWebhookStore();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var options = sp.GetRequiredService<IOptions<WebhookOptions>>();
                // No redirects: a receiver could otherwise bounce the request to an internal address.
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseCookies = false,
                    ConnectCallback = WebhookTargets.ConnectAsync(() => options.Value.AllowLoopback == true),
                };
            });
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSender>();
        services.AddScoped<WebhookAdministration>();
        // The store is migrated and configuration mirrored before the dispatcher starts (hosted services start in order).
        services.AddHostedService<WebhookStoreMigrator>();
        services.AddHostedService<WebhookDispatcher>();
        return services;
    }
}
