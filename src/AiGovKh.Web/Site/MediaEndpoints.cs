using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace AiGovKh.Web.Site;

/// <summary>
/// <c>/media/{sha256}/{name}</c>: media bytes from the database. Anyone may fetch a file a live
/// revision uses (<see cref="LiveRevisions"/>); it is addressed by content and so cached publicly as
/// immutable. A signed-in editor may also fetch files of their organisation's library and of items
/// they may read (draft previews), answered <c>private</c>. Everything else is 404, so knowing a
/// draft file's SHA-256 is not enough to read it. Images may ask for a phone-sized variant with
/// <c>?w=320|640|960|1280</c> (WebP when the browser accepts it, else JPEG); other files are sent as downloads.
/// </summary>
public static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{sha256}/{name}", GetAsync).WithName("GetMedia").ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, PhysicalFileHttpResult, NotFound>> GetAsync(
        string sha256, string name, int? w, HttpContext http, HubDbContext db, ImageVariants variants, TimeProvider clock, CancellationToken ct)
    {
        if (!MediaStore.IsSha256(sha256))
        {
            return TypedResults.NotFound();
        }
        var access = await AccessAsync(sha256, http, db, clock, ct);
        if (access is null)
        {
            return TypedResults.NotFound();
        }
        var (contentType, isPublic) = access.Value;
        var isImage = contentType.StartsWith("image/", StringComparison.Ordinal);
        var headers = http.Response.Headers;
        // Only what the public may see goes to shared caches; an editor's preview stays in their browser
        // and is checked again each time (the ETag makes that a 304).
        headers.CacheControl = isPublic ? "public, max-age=31536000, immutable" : "private, no-cache";
        if (!isPublic)
        {
            headers.Vary = "Cookie";
        }
        var etag = new EntityTagHeaderValue($"\"{sha256}\"");

        if (isImage && w is { } width && ImageVariants.Unavailable is null)
        {
            var webp = http.Request.Headers.Accept.ToString().Contains("image/webp", StringComparison.Ordinal);
            var variant = await variants.GetAsync(sha256, ImageVariants.SnapWidth(width), webp ? VariantFormat.WebP : VariantFormat.Jpeg, ct);
            if (variant is not null)
            {
                headers.Vary = isPublic ? "Accept" : "Accept, Cookie";
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

    /// <summary>The file's type and whether the public may see it; null when this request may not have it.</summary>
    private static async Task<(string ContentType, bool IsPublic)?> AccessAsync(string sha256, HttpContext http, HubDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var live = await db.Revisions.AsNoTracking().Live(clock.GetUtcNow())
            .SelectMany(r => r.Media).Where(m => m.MediaAsset.Sha256 == sha256)
            .Select(m => m.MediaAsset.ContentType).FirstOrDefaultAsync(ct);
        if (live is not null)
        {
            return (live, true);
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var user = http.User.ToWorkflowUser();
        if (user.IsPublisher || user.IsAdministrator)
        {
            var any = await db.MediaAssets.AsNoTracking().Where(m => m.Sha256 == sha256).Select(m => m.ContentType).FirstOrDefaultAsync(ct);
            return any is null ? null : (any, false);
        }
        if (!user.IsOrganisationMember)
        {
            return null;
        }
        // The organisation's own library, or a file used by one of its items (a draft being previewed).
        var org = user.OrganisationId;
        var own = await db.MediaAssets.AsNoTracking()
            .Where(m => m.Sha256 == sha256 && (m.OrganisationId == org || db.RevisionMedia.Any(u => u.MediaAssetId == m.Id && u.Revision.ContentItem.OrganisationId == org)))
            .Select(m => m.ContentType).FirstOrDefaultAsync(ct);
        return own is null ? null : (own, false);
    }
}
