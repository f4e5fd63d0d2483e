using System.Text;
using AiGovKh.Cms.Content;
using AiGovKh.Web.Api;
using AiGovKh.Web.Infrastructure.Caching;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Discovery;

/// <summary>Found from outside: sitemap.xml, robots.txt, Atom feeds per locale, security.txt.</summary>
public static class DiscoveryEndpoints
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services)
    {
        services.AddOptions<DiscoveryOptions>().BindConfiguration(DiscoveryOptions.Section)
            .Validate(o => o.FeedSize is > 0 and <= 500, "Discovery:FeedSize must be 1 to 500.")
            .Validate(o => Uri.TryCreate(o.SecurityContact, UriKind.Absolute, out _), "Discovery:SecurityContact must be an absolute URI (mailto: or https:).")
            .ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").ExcludeFromDescription().CacheOutput(PublicPageCachePolicy.Name);
        group.MapGet("/sitemap.xml", async (HttpContext http, PublishedContent content, CancellationToken ct) =>
        {
            var items = await content.ListingAsync(new ContentFilter(), Locales.Khmer, ct);
            return Results.Bytes(Sitemap.Render(PublicOrigin.Of(http), items.OrderBy(i => i.Slug, StringComparer.Ordinal)), "application/xml; charset=utf-8");
        });
        group.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /editor\nDisallow: /api/\nDisallow: /*/print$\n\nSitemap: {PublicOrigin.Of(http)}/sitemap.xml\n",
            "text/plain; charset=utf-8", Encoding.UTF8));
        group.MapGet("/{locale:locale}/feed.atom", async (string locale, HttpContext http, PublishedContent content, IOptions<DiscoveryOptions> options, CancellationToken ct) =>
        {
            var items = (await content.ListingAsync(new ContentFilter(), locale, ct)).Take(options.Value.FeedSize).ToList();
            return Results.Bytes(AtomFeed.Render(PublicOrigin.Of(http), locale, items), "application/atom+xml; charset=utf-8");
        });
        app.MapGet("/.well-known/security.txt", (HttpContext http, TimeProvider clock, IOptions<DiscoveryOptions> options) =>
        {
            var origin = PublicOrigin.Of(http);
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(SecurityTxt.Render(clock.GetUtcNow(), options.Value.SecurityContact, origin + "/.well-known/security.txt"), "text/plain; charset=utf-8", Encoding.UTF8);
        }).ExcludeFromDescription();
        return app;
    }
}
