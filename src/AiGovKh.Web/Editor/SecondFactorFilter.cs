using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AiGovKh.Web.Editor;

/// <summary>
/// Publishers and administrators must have signed in with a second factor. Until they have,
/// every editor page and handler sends them to set up their authenticator, except the account pages.
/// Runs for every page handler, GET or POST, so it cannot be skipped by posting directly.
/// </summary>
public sealed class SecondFactorFilter : IAsyncPageFilter
{
    public const string SetupPath = "/editor/account/two-factor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.Identity?.IsAuthenticated == true
            && !page.StartsWith("/Account/", StringComparison.Ordinal)
            && HubRoles.All.Any(r => HubRoles.RequiresTwoFactor(r) && user.IsInRole(r))
            && !user.HasClaim("amr", "mfa"))
        {
            context.Result = new RedirectResult(SetupPath);
            return;
        }
        await next();
    }
}
