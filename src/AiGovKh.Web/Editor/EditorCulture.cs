using System.Globalization;

namespace AiGovKh.Web.Editor;

/// <summary>
/// The editor's UI language: Khmer unless the person chose English (a cookie set by
/// /editor/language). Content languages are separate: every edit form shows both.
/// </summary>
public sealed class EditorCulture(RequestDelegate next)
{
    public const string CookieName = ".AiGovKh.EditorLang";

    public async Task InvokeAsync(HttpContext context)
    {
        var lang = context.Request.Cookies[CookieName] == "en" ? "en" : "km";
        var culture = CultureInfo.GetCultureInfo(lang);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await next(context);
    }

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "km";
}
