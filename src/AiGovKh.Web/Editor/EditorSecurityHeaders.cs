namespace AiGovKh.Web.Editor;

/// <summary>
/// The editor's response headers. The site sets a baseline for every page; the editor adds its own
/// strict policy when none is present, so the editor is safe even if it runs without the site.
/// The editor needs no script at all, hence script-src 'none'.
/// </summary>
public sealed class EditorSecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            if (!h.ContainsKey("Content-Security-Policy")) h.ContentSecurityPolicy = Policy;
            if (!h.ContainsKey("X-Content-Type-Options")) h.XContentTypeOptions = "nosniff";
            if (!h.ContainsKey("Referrer-Policy")) h["Referrer-Policy"] = "same-origin";
            if (!h.ContainsKey("X-Frame-Options")) h.XFrameOptions = "DENY";
            // Editor pages show drafts: never let a shared cache keep them.
            if (!context.Request.Path.StartsWithSegments("/editor/assets")) h.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
