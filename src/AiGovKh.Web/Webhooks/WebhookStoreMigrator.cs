using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Before the host serves: brings the webhook tables up to date and mirrors <c>Webhooks:Subscriptions</c> into them
/// (matched by name, marked "from configuration" and read-only in the editor). A configured subscription that is no
/// longer in the configuration is disabled, not deleted, so its delivery log stays readable.
/// </summary>
internal sealed class WebhookStoreMigrator(IServiceProvider services, IOptions<WebhookOptions> options, WebhookSecrets secrets, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhookStoreDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await MirrorConfigurationAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MirrorConfigurationAsync(WebhookStoreDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var configured = options.Value.Subscriptions.ToDictionary(s => s.Name.Trim(), StringComparer.Ordinal);
        var existing = await db.Subscriptions.Where(s => s.FromConfiguration || configured.Keys.Contains(s.Name)).ToListAsync(ct);
        foreach (var row in existing.Where(r => r.FromConfiguration && !configured.ContainsKey(r.Name) && r.DisabledAt is null))
        {
            row.DisabledAt = now;
        }
        foreach (var (name, source) in configured)
        {
            var row = existing.FirstOrDefault(r => r.Name == name);
            if (row is { FromConfiguration: false })
            {
                // An administrator's subscription of the same name wins; the configured one is ignored.
                continue;
            }
            if (row is null)
            {
                row = new WebhookSubscription { Name = name, Url = "", ProtectedSecret = "", Events = "", FromConfiguration = true, CreatedAt = now, CreatedBy = "configuration" };
                db.Subscriptions.Add(row);
            }
            row.Url = source.Url.Trim();
            row.ProtectedSecret = secrets.Protect(source.Secret);
            row.Events = WebhookEvents.Join(source.Events);
            row.DisabledAt = null;
            row.UpdatedAt = now;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment mirrored the same names; its rows are as good as ours.
        }
    }
}
