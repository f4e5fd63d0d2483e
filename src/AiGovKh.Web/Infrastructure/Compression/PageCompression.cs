using System.IO.Compression;
using AiGovKh.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.ResponseCompression;

namespace AiGovKh.Web.Infrastructure.Compression;

/// <summary>
/// Brotli/gzip for the public pages (a Khmer lesson shrinks to about a fifth, which matters on a slow
/// mobile link). Only pages under <c>/km</c> and <c>/en</c>: they carry no secrets, so compressing them
/// over HTTPS does not open a BREACH-style leak; the editor's pages with antiforgery tokens are left alone.
/// Static assets come precompressed from MapStaticAssets.
/// </summary>
public static class PageCompression
{
    public static IServiceCollection AddHubPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Place before the output cache, so cached pages are compressed on the way out too.</summary>
    public static IApplicationBuilder UseHubPageCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => HubLocalisation.LocaleOf(context.Request.Path) is not null, branch => branch.UseResponseCompression());
}
