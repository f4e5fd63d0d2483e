namespace AiGovKh.Web.Downloads;

/// <summary>
/// <c>/sw.js</c>: the theme's service worker served from the root, so its scope covers the whole site.
/// Not cached for long: browsers check it for updates.
/// </summary>
public static class ServiceWorkerEndpoint
{
    public static IEndpointRouteBuilder MapServiceWorker(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sw.js", (IWebHostEnvironment environment, HttpContext http) =>
        {
            var file = environment.WebRootFileProvider.GetFileInfo("_content/AiGovKh.Themes.Default/js/sw.js");
            if (!file.Exists)
            {
                return Results.NotFound();
            }
            http.Response.Headers.CacheControl = "no-cache";
            return Results.Stream(file.CreateReadStream(), "text/javascript; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
