using AiGovKh.Cms.Storage;
using AiGovKh.Web.Webhooks;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Webhooks;

/// <summary>
/// <c>/editor/webhooks</c>: the subscriptions (from the editor and, read-only, from configuration) with their latest
/// delivery, and the form to add one. A new subscription's secret is shown once, in this answer only.
/// </summary>
public sealed class IndexModel(WebhookStoreDbContext store, HubDbContext hub, WebhookAdministration admin) : WebhookPageModel(hub)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty(Name = "Url")] public string? TargetUrl { get; set; }
    [BindProperty] public List<string> Events { get; set; } = [];
    [BindProperty] public int? OrganisationId { get; set; }

    public List<(WebhookSubscription Subscription, WebhookDelivery? Latest)> Subscriptions { get; private set; } = [];

    /// <summary>The subscription just made and its secret: shown once, never stored anywhere readable.</summary>
    public (int Id, string Name, string Secret)? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        Events = [.. WebhookEvents.Subscribable];
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        var change = await admin.CreateAsync(new WebhookInput(Name, TargetUrl, Events, OrganisationId), Me, ct);
        if (!change.Succeeded)
        {
            ErrorKey = change.ErrorKey;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            Created = (change.Id!.Value, Name!.Trim(), change.Secret!);
            Name = TargetUrl = null;
            OrganisationId = null;
            Events = [.. WebhookEvents.Subscribable];
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadOrganisationsAsync(ct);
        var subscriptions = await store.Subscriptions.AsNoTracking().OrderBy(s => s.FromConfiguration).ThenBy(s => s.Name).ToListAsync(ct);
        var ids = subscriptions.Select(s => s.Id).ToList();
        var latestIds = await store.Deliveries.Where(d => ids.Contains(d.SubscriptionId)).GroupBy(d => d.SubscriptionId)
            .Select(g => g.Max(d => d.Id)).ToListAsync(ct);
        var latest = await store.Deliveries.AsNoTracking().Where(d => latestIds.Contains(d.Id)).ToDictionaryAsync(d => d.SubscriptionId, ct);
        Subscriptions = [.. subscriptions.Select(s => (s, latest.GetValueOrDefault(s.Id)))];
    }
}
