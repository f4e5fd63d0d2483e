using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Before the host serves: brings the webhook tables up to date and mirrors <c>Webhooks:Subscriptions</c> into them
/// (matched by name, marked "from configuration" and read-only in the editor). A configured subscription that is no
/// longer in the configuration is disabled, not deleted, so its delivery log stays readable. Every change it makes is
/// audited as the actor "configuration"; a start with an unchanged configuration changes and audits nothing.
/// </summary>
internal sealed class WebhookStoreMigrator(IServiceProvider services, IOptions<WebhookOptions> options, WebhookSecrets secrets, TimeProvider clock) : IHostedService
{
    /// <summary>Who the audit log names for changes that come from the configuration file.</summary>
    public const string ConfigurationActor = "configuration";

    /// <summary>Audit action for a configured subscription whose URL, events or secret changed in the configuration.</summary>
    public const string AuditConfigurationUpdate = "webhook-update";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WebhookStoreDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        var changes = await MirrorConfigurationAsync(db, cancellationToken);
        if (changes.Count > 0)
        {
            // Configuration is a second way to change who receives the hub's events: the audit log shows it like an administrator's change.
            var hub = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var now = clock.GetUtcNow();
            foreach (var (action, row, detail) in changes)
            {
                hub.AuditLog.Add(WebhookAdministration.AuditEntryFor(ConfigurationActor, ConfigurationActor, action, row, detail, now));
            }
            await hub.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Mirrors the configured subscriptions; returns what changed (nothing when the configuration is as last mirrored).</summary>
    private async Task<List<(string Action, WebhookSubscription Row, string? Detail)>> MirrorConfigurationAsync(WebhookStoreDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changes = new List<(string, WebhookSubscription, string?)>();
        var configured = options.Value.Subscriptions.ToDictionary(s => s.Name.Trim(), StringComparer.Ordinal);
        var existing = await db.Subscriptions.Where(s => s.FromConfiguration || configured.Keys.Contains(s.Name)).ToListAsync(ct);
        foreach (var row in existing.Where(r => r.FromConfiguration && !configured.ContainsKey(r.Name) && r.DisabledAt is null))
        {
            row.DisabledAt = now;
            changes.Add((WebhookAdministration.AuditDisable, row, "removed from the configuration"));
        }
        foreach (var (name, source) in configured)
        {
            var row = existing.FirstOrDefault(r => r.Name == name);
            if (row is { FromConfiguration: false })
            {
                // An administrator's subscription of the same name wins; the configured one is ignored.
                continue;
            }
            string url = source.Url.Trim(), events = WebhookEvents.Join(source.Events);
            if (row is null)
            {
                row = new WebhookSubscription { Name = name, Url = url, ProtectedSecret = secrets.Protect(source.Secret), Events = events, FromConfiguration = true, CreatedAt = now, CreatedBy = ConfigurationActor, UpdatedAt = now };
                db.Subscriptions.Add(row);
                changes.Add((WebhookAdministration.AuditCreate, row, $"{url} [{events}] from the configuration"));
                continue;
            }
            bool sameSecret = SameSecret(row.ProtectedSecret, source.Secret);
            if (row.Url != url || row.Events != events || !sameSecret)
            {
                changes.Add((AuditConfigurationUpdate, row, $"{url} [{events}]" + (sameSecret ? "" : ", new secret") + " from the configuration"));
                row.Url = url;
                row.Events = events;
                if (!sameSecret) row.ProtectedSecret = secrets.Protect(source.Secret);
                row.UpdatedAt = now;
            }
            if (row.DisabledAt is not null)
            {
                row.DisabledAt = null;
                row.UpdatedAt = now;
                changes.Add((WebhookAdministration.AuditEnable, row, "back in the configuration"));
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return changes;
        }
        catch (DbUpdateException)
        {
            // Another node starting at the same moment mirrored the same names; its rows are as good as ours, and it audits them.
            return [];
        }
    }

    private bool SameSecret(string protectedSecret, string secret)
    {
        try
        {
            return secrets.Unprotect(protectedSecret) == secret;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // A key the ring no longer has: store the configured secret again.
            return false;
        }
    }
}
