using System.Globalization;
using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace AiGovKh.Web.Infrastructure.Localisation;

/// <summary>
/// UI strings come from resx files (<c>Resources/</c> folders); the culture comes from the first URL
/// segment (<c>/km/…</c>, <c>/en/…</c>) and is Khmer everywhere else.
/// </summary>
public static class HubLocalisation
{
    public static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo(Locales.Khmer), CultureInfo.GetCultureInfo(Locales.English)];

    public static IServiceCollection AddHubLocalisation(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Locales.Khmer);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new UrlLocaleCultureProvider()];
        });
        return services;
    }

    /// <summary>The locale of a path's first segment, or null when it has none.</summary>
    public static string? LocaleOf(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 3)
        {
            return null;
        }
        var end = value.IndexOf('/', 1);
        var segment = end < 0 ? value[1..] : value[1..end];
        return Locales.IsSupported(segment) ? segment : null;
    }

    private sealed class UrlLocaleCultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            // An error page re-executed at /error speaks the language of the page that failed.
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
            return Task.FromResult(LocaleOf(path) is { } locale ? new ProviderCultureResult(locale) : null);
        }
    }
}
