using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AiGovKh.Web.Site;

/// <summary>
/// <c>/media/{sha256}/{name}</c>: media bytes from the database, addressed by content and so cached
/// as immutable. Images may ask for a phone-sized variant with <c>?w=320|640|960|1280</c> (WebP when
/// the browser accepts it, else JPEG); other files are sent as downloads.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{sha256}/{name}", GetAsync).WithName("GetMedia").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, PhysicalFileHttpResult, NotFound>> GetAsync(
        string sha256, string name, int? w, HttpContext http, HubDbContext db, ImageVariants variants, CancellationToken ct)
    {
        if (!MediaStore.IsSha256(sha256))
        {
            return TypedResults.NotFound();
        }
        var contentType = await db.MediaAssets.AsNoTracking().Where(m => m.Sha256 == sha256).Select(m => m.ContentType).FirstOrDefaultAsync(ct);
        if (contentType is null)
        {
            return TypedResults.NotFound();
        }
        var isImage = contentType.StartsWith("image/", StringComparison.Ordinal);
        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        var etag = new EntityTagHeaderValue($"\"{sha256}\"");

        if (isImage && w is { } width && ImageVariants.Unavailable is null)
        {
            var webp = http.Request.Headers.Accept.ToString().Contains("image/webp", StringComparison.Ordinal);
            var variant = await variants.GetAsync(sha256, ImageVariants.SnapWidth(width), webp ? VariantFormat.WebP : VariantFormat.Jpeg, ct);
            if (variant is not null)
            {
                headers.Vary = "Accept";
                return TypedResults.PhysicalFile(variant.FilePath, variant.ContentType);
            }
        }

        var bytes = await db.MediaBlobs.AsNoTracking().Where(b => b.Sha256 == sha256).Select(b => b.Bytes).FirstOrDefaultAsync(ct);
        if (bytes is null)
        {
            return TypedResults.NotFound();
        }
        // Images show in the page; anything else is a download under the name the item gave it.
        return TypedResults.File(bytes, contentType, isImage ? null : name, entityTag: etag, enableRangeProcessing: true);
    }
}
