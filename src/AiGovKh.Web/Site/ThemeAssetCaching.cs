namespace AiGovKh.Web.Site;

internal static class ThemeAssetCaching
{
    private const string FontsPath = "/_content/AiGovKh.Themes.Default/fonts/";

    /// <summary>
    /// The theme's font files carry a content hash in their names (the stylesheet refers to them by
    /// those names), so they are immutable even though the stylesheet's relative URLs are not fingerprinted.
    /// </summary>
    public static IApplicationBuilder UseThemeAssetCaching(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(FontsPath.TrimEnd('/'), StringComparison.Ordinal)
                && context.Request.Path.Value!.EndsWith(".woff2", StringComparison.Ordinal))
            {
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                    {
                        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                    }
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
