using AiGovKh.Cms.Content;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;

namespace AiGovKh.Web.Site;

public static class SiteSetup
{
    /// <summary>The public site: MVC controllers in <c>Site/</c>, views from the theme (<c>Views/Site/</c>).</summary>
    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddControllersWithViews();
        // Write Khmer as characters, not as &#x...; entities (pages stay readable and a third smaller).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RazorViewEngineOptions>(options => options.ViewLocationFormats.Add("/Views/Site/{0}" + RazorViewEngine.ViewExtension));
        services.Configure<RouteOptions>(options => options.SetParameterPolicy<LocaleRouteConstraint>(LocaleRouteConstraint.Name));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<PublishedContent>();
        return services;
    }

    /// <summary>Site routes (attribute-routed controllers), theme assets and the bilingual 404 for every other path.</summary>
    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.UseThemeAssetCaching();
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapMedia();
        app.MapFallbackToController(nameof(StatusController.NotFoundPage), "Status");
        return app;
    }
}
