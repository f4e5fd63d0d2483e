using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Editor;

public static class EditorEndpoints
{
    /// <summary>Maps the editor (Razor Pages under /editor) and its small endpoints.</summary>
    public static WebApplication MapEditor(this WebApplication app)
    {
        // Authentication and authorisation run in the host's pipeline (Program.cs), before the output cache.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/editor"), b =>
        {
            b.UseMiddleware<EditorSecurityHeaders>();
            b.UseMiddleware<EditorCulture>();
        });
        app.MapRazorPages();
        app.MapGet("/editor/assets/editor.css", EditorStylesheet).ExcludeFromDescription();
        app.MapGet("/editor/language", SwitchLanguage).ExcludeFromDescription();
        return app;
    }

    private static readonly Lazy<byte[]> Css = new(() =>
    {
        using var stream = typeof(EditorEndpoints).Assembly.GetManifestResourceStream("AiGovKh.Web.Editor.Assets.editor.css")!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    });

    private static FileContentHttpResult EditorStylesheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.File(Css.Value, "text/css; charset=utf-8");
    }

    /// <summary>Sets the UI language and goes back, but only ever to a local editor URL.</summary>
    private static RedirectHttpResult SwitchLanguage(HttpContext context, string? to, string? returnUrl)
    {
        context.Response.Cookies.Append(EditorCulture.CookieName, to == "en" ? "en" : "km", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromDays(365), Path = "/editor",
        });
        return TypedResults.LocalRedirect(LocalUrl.IsLocalEditorUrl(returnUrl) ? returnUrl! : "/editor");
    }
}
