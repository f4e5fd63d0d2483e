using AiGovKh.Cms.Storage;
using AiGovKh.Web.Webhooks;
using AiGovKh.Web.Webhooks.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Webhooks;

/// <summary>
/// <c>/editor/webhooks/{id}</c>: one subscription, its actions (test ping, enable or disable, rotate the secret,
/// delete) and its delivery log, newest first, paged, with every attempt.
/// </summary>
public sealed class DetailModel(WebhookStoreDbContext store, HubDbContext hub, WebhookAdministration admin) : WebhookPageModel(hub)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public WebhookSubscription Subscription { get; private set; } = null!;
    public List<WebhookDelivery> Deliveries { get; private set; } = [];
    public int TotalDeliveries { get; private set; }

    /// <summary>A secret just made by rotation: shown once, in this answer only.</summary>
    public string? NewSecret { get; private set; }

    public WebhookDelivery? Ping { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPingAsync(int id, CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        Ping = await admin.PingAsync(id, Me, ct);
        if (Ping is null) return await RefusedAsync(id, "Webhooks.PingDisabled", ct);
        PageNumber = 1;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostEnableAsync(int id, bool enable, CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        var change = await admin.SetEnabledAsync(id, enable, Me, ct);
        if (!change.Succeeded) return await RefusedAsync(id, change.ErrorKey!, ct);
        Notice = enable ? "Webhooks.EnabledNotice" : "Webhooks.DisabledNotice";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRotateAsync(int id, CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        var change = await admin.RotateSecretAsync(id, Me, ct);
        if (!change.Succeeded) return await RefusedAsync(id, change.ErrorKey!, ct);
        NewSecret = change.Secret;
        return await ShowAsync(id, ct);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!Me.IsAdministrator) return StatusCode(StatusCodes.Status403Forbidden);
        var change = await admin.DeleteAsync(id, Me, ct);
        if (!change.Succeeded) return await RefusedAsync(id, change.ErrorKey!, ct);
        Notice = "Webhooks.DeletedNotice";
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> RefusedAsync(int id, string key, CancellationToken ct)
    {
        var shown = await ShowAsync(id, ct);
        if (shown is PageResult)
        {
            ErrorKey = key;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return shown;
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if (await store.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } subscription) return NotFound();
        Subscription = subscription;
        await LoadOrganisationsAsync(ct);
        var deliveries = store.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        TotalDeliveries = await deliveries.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (TotalDeliveries + PageSize - 1) / PageSize));
        Deliveries = await deliveries.OrderByDescending(d => d.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Include(d => d.AttemptLog.OrderBy(a => a.Number)).ToListAsync(ct);
        return Page();
    }
}
