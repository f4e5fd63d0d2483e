using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Webhooks;

/// <summary>
/// The webhook pages are for administrators only. Every handler, GET or POST, is refused with 403 for anyone else
/// before it runs (and each handler checks again), so a handler added later cannot forget it. Answers are never
/// cached: a page may carry a secret shown once.
/// </summary>
public abstract class WebhookPageModel(HubDbContext hub) : EditorPageModel
{
    public List<Organisation> Organisations { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (!Me.IsAdministrator)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }
        Response.Headers.CacheControl = "no-store";
        await next();
    }

    protected async Task LoadOrganisationsAsync(CancellationToken ct) =>
        Organisations = await hub.Organisations.AsNoTracking().OrderBy(o => o.Slug).ToListAsync(ct);

    public string OrganisationName(int? id) =>
        id is null ? "" : Organisations.FirstOrDefault(o => o.Id == id)?.Name(EditorCulture.Current) ?? id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
