using System.Diagnostics;
using AiGovKh.Cms.Content;
using AiGovKh.Themes.Default;
using AiGovKh.Themes.Default.Models;
using AiGovKh.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace AiGovKh.Web.Site;

/// <summary>The 404 page for every unknown path and the friendly error page.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class StatusController(IStringLocalizer<SiteText> text) : Controller
{
    /// <summary>Reached through the fallback route: no endpoint matched the path.</summary>
    public IActionResult NotFoundPage()
    {
        if (IsApi(Request.Path))
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No resource at {Request.Path}.");
        }
        return NotFoundView(this, text, HubLocalisation.LocaleOf(Request.Path));
    }

    /// <summary>The unhandled-error page (outside Development), re-executed by the exception handler.</summary>
    [Route("/error")]
    public IActionResult Error()
    {
        var failedPath = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        var requestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (IsApi(failedPath))
        {
            return Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Server error", extensions: new Dictionary<string, object?> { ["requestId"] = requestId });
        }
        var locale = HubLocalisation.LocaleOf(failedPath) ?? Locales.Khmer;
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorPage { Locale = locale, Title = text["ErrorTitle"], RequestId = requestId });
    }

    /// <summary>The themed 404 in <paramref name="locale"/>, or in Khmer and English when the URL gave none.</summary>
    internal static ViewResult NotFoundView(Controller controller, IStringLocalizer<SiteText> text, string? locale)
    {
        controller.Response.StatusCode = StatusCodes.Status404NotFound;
        return controller.View("NotFound", new NotFoundPage
        {
            Locale = locale ?? Locales.Khmer,
            Title = locale is null ? "រកមិនឃើញទំព័រ · Page not found" : text["NotFoundTitle"],
            Bilingual = locale is null,
        });
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
