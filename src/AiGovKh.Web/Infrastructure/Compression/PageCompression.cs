using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace AiGovKh.Web.Infrastructure.Compression;

/// <summary>
/// Brotli/gzip for the public site and the public API (a Khmer lesson shrinks to about a fifth, which
/// matters on a slow mobile link). Only anonymous, public answers: they carry no secrets, so compressing
/// them over HTTPS does not open a BREACH-style leak; the editor's pages with antiforgery tokens and the
/// health probe are left alone. Static assets come precompressed from MapStaticAssets.
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
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "application/atom+xml", "application/xml", "image/svg+xml", "text/plain"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Place before the output cache, so cached pages are compressed on the way out too.</summary>
    public static IApplicationBuilder UseHubPageCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsPublic, branch => branch.UseResponseCompression());

    private static bool IsPublic(HttpContext context)
    {
        var path = context.Request.Path;
        return !path.StartsWithSegments("/editor") && !path.StartsWithSegments("/healthz");
    }
}
