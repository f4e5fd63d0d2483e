using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Webhooks;

/// <summary>What an administrator asks for when adding a subscription.</summary>
public sealed record WebhookInput(string? Name, string? Url, IReadOnlyList<string>? Events, int? OrganisationId);

/// <summary>An outcome for the editor: a message key when refused, and the new secret (shown once) when one was made.</summary>
public sealed record WebhookChange(string? ErrorKey, int? Id = null, string? Secret = null)
{
    public bool Succeeded => ErrorKey is null;
}

/// <summary>
/// The administrator's actions on subscriptions: add, enable or disable, delete, rotate the secret, send a test ping.
/// Every change is written to the audit log with who and when. Authorisation is the caller's (the editor pages).
/// </summary>
public sealed class WebhookAdministration(
    WebhookStoreDbContext store, HubDbContext hub, WebhookSecrets secrets, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const string AuditCreate = "webhook-create";
    public const string AuditEnable = "webhook-enable";
    public const string AuditDisable = "webhook-disable";
    public const string AuditDelete = "webhook-delete";
    public const string AuditRotate = "webhook-rotate-secret";
    public const string AuditPing = "webhook-ping";

    public async Task<WebhookChange> CreateAsync(WebhookInput input, WorkflowUser by, CancellationToken ct)
    {
        var name = DraftValidation.Clean(input.Name).Replace('\n', ' ').Trim();
        if (name.Length is 0 or > 100) return new("Webhooks.NameInvalid");
        if (WebhookTargets.Problem(input.Url, options.Value.AllowLoopback == true) is { } urlProblem) return new(urlProblem);
        var events = (input.Events ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).ToList();
        if (events.Count == 0 || events.Any(e => !WebhookEvents.Subscribable.Contains(e))) return new("Webhooks.EventsInvalid");
        if (input.OrganisationId is { } org && !await hub.Organisations.AnyAsync(o => o.Id == org, ct)) return new("Webhooks.OrganisationInvalid");
        if (await store.Subscriptions.AnyAsync(s => s.Name == name, ct)) return new("Webhooks.NameTaken");

        var secret = WebhookSecrets.NewSecret();
        var now = clock.GetUtcNow();
        var subscription = new WebhookSubscription
        {
            Name = name, Url = input.Url!.Trim(), ProtectedSecret = secrets.Protect(secret), Events = WebhookEvents.Join(events),
            OrganisationId = input.OrganisationId, CreatedAt = now, UpdatedAt = now, CreatedBy = by.Name,
        };
        store.Subscriptions.Add(subscription);
        try
        {
            await store.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return new("Webhooks.NameTaken");
        }
        await AuditAsync(by, AuditCreate, subscription, $"{subscription.Url} [{subscription.Events}]", ct);
        return new(null, subscription.Id, secret);
    }

    public async Task<WebhookChange> SetEnabledAsync(int id, bool enabled, WorkflowUser by, CancellationToken ct)
    {
        if (await EditableAsync(id, ct) is not { } subscription) return new("Webhooks.NotEditable");
        subscription.DisabledAt = enabled ? null : subscription.DisabledAt ?? clock.GetUtcNow();
        subscription.UpdatedAt = clock.GetUtcNow();
        await store.SaveChangesAsync(ct);
        await AuditAsync(by, enabled ? AuditEnable : AuditDisable, subscription, null, ct);
        return new(null, id);
    }

    public async Task<WebhookChange> DeleteAsync(int id, WorkflowUser by, CancellationToken ct)
    {
        if (await EditableAsync(id, ct) is not { } subscription) return new("Webhooks.NotEditable");
        store.Subscriptions.Remove(subscription);
        await store.SaveChangesAsync(ct);
        await AuditAsync(by, AuditDelete, subscription, subscription.Url, ct);
        return new(null, id);
    }

    public async Task<WebhookChange> RotateSecretAsync(int id, WorkflowUser by, CancellationToken ct)
    {
        if (await EditableAsync(id, ct) is not { } subscription) return new("Webhooks.NotEditable");
        var secret = WebhookSecrets.NewSecret();
        subscription.ProtectedSecret = secrets.Protect(secret);
        subscription.UpdatedAt = clock.GetUtcNow();
        await store.SaveChangesAsync(ct);
        await AuditAsync(by, AuditRotate, subscription, null, ct);
        return new(null, id, secret);
    }

    /// <summary>Sends a signed <c>ping</c> now, while the administrator waits (at most the receiver timeout), and logs it like any delivery.</summary>
    public async Task<WebhookDelivery?> PingAsync(int id, WorkflowUser by, CancellationToken ct)
    {
        var subscription = await store.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null || !subscription.Enabled) return null;
        var now = clock.GetUtcNow();
        var eventId = Guid.NewGuid().ToString("N");
        var delivery = WebhookOutbox.Pending(id, new WebhookPayload(eventId, WebhookEvents.Ping, null, "", null, null, now, null), now);
        // Leased to this request, so no dispatcher picks it up while it is being sent here.
        delivery.LeaseOwner = "ping";
        delivery.LeaseUntil = now + options.Value.Lease;
        store.Deliveries.Add(delivery);
        await store.SaveChangesAsync(ct);
        await AuditAsync(by, AuditPing, subscription, null, ct);
        return await sender.SendAsync(delivery.Id, ct);
    }

    private async Task<WebhookSubscription?> EditableAsync(int id, CancellationToken ct) =>
        await store.Subscriptions.FirstOrDefaultAsync(s => s.Id == id && !s.FromConfiguration, ct);

    private async Task AuditAsync(WorkflowUser by, string action, WebhookSubscription subscription, string? detail, CancellationToken ct)
    {
        hub.AuditLog.Add(AuditEntryFor(by.Id, by.Name, action, subscription, detail, clock.GetUtcNow()));
        await hub.SaveChangesAsync(ct);
    }

    /// <summary>An audit-log entry about a subscription, the same whether an administrator or the configuration made the change.</summary>
    internal static AuditEntry AuditEntryFor(string userId, string userName, string action, WebhookSubscription subscription, string? detail, DateTimeOffset at) => new()
    {
        At = at, UserId = userId, UserName = userName, Action = action,
        Detail = $"webhook #{subscription.Id} \"{subscription.Name}\"" + (detail is null ? "" : " " + detail),
    };
}
