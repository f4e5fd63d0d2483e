using System.Security.Cryptography;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Media;

/// <summary>Refusal of a media file; <see cref="Rule"/> is one of <see cref="MediaRules"/>.</summary>
public sealed class MediaRejectedException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}

/// <summary>Optional facts about an upload.</summary>
public sealed record MediaUpload(int? OrganisationId = null, string? UploadedById = null, string? AltKm = null, string? AltEn = null);

/// <summary>
/// Stores media bytes in the database, keyed by SHA-256: the same bytes added twice are stored
/// once (<see cref="MediaBlob"/>). The <see cref="MediaAsset"/> (file name, alt text, owner) is per
/// organisation: the same bytes added again by the same organisation give back its asset, added by
/// another organisation give that organisation its own asset over the shared blob. The type is decided from the bytes;
/// images are also decoded once (when libvips is available) so corrupt files are refused on entry;
/// the client's file name is kept for display only and never used as a path.
/// </summary>
public sealed class MediaStore(HubDbContext db, HubOptions options, TimeProvider clock)
{
    /// <summary>Checks bytes without storing them.</summary>
    public MediaCheck Inspect(ReadOnlySpan<byte> bytes) => MediaInspector.Inspect(bytes, options.MaxMediaBytes, options.MaxImagePixels);

    /// <summary>Adds bytes (or finds them already stored). Throws <see cref="MediaRejectedException"/> for refused files.</summary>
    public async Task<MediaAsset> AddAsync(byte[] bytes, string fileName, MediaUpload? upload = null, CancellationToken cancellationToken = default)
    {
        var check = Inspect(bytes);
        if (check.Accepted && check.Type!.IsImage)
        {
            // The header looked sound; decode once so a corrupt or truncated body is refused now, not when first shown.
            check = ImageVariants.Verify(bytes, options.MaxImagePixels);
        }
        if (!check.Accepted)
        {
            throw new MediaRejectedException(check.Rule!, check.Message!);
        }
        var sha = Sha256Hex(bytes);
        var organisationId = upload?.OrganisationId;
        var existing = await db.MediaAssets.OrderBy(m => m.Id)
            .FirstOrDefaultAsync(m => m.Sha256 == sha && m.OrganisationId == organisationId, cancellationToken);
        if (existing is not null)
        {
            existing.AltKm ??= Clean(upload?.AltKm);
            existing.AltEn ??= Clean(upload?.AltEn);
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        var name = DisplayName(fileName, check.Type!);
        var asset = new MediaAsset
        {
            Sha256 = sha,
            ContentType = ContentTypeFor(check.Type!, name),
            FileName = name,
            Size = bytes.LongLength,
            Width = check.Image?.Width,
            Height = check.Image?.Height,
            AltKm = Clean(upload?.AltKm),
            AltEn = Clean(upload?.AltEn),
            OrganisationId = organisationId,
            UploadedById = upload?.UploadedById,
            CreatedAt = clock.GetUtcNow(),
        };
        if (!await db.MediaBlobs.AnyAsync(b => b.Sha256 == sha, cancellationToken))
        {
            db.MediaBlobs.Add(new MediaBlob { Sha256 = sha, Bytes = bytes });
        }
        db.MediaAssets.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        return asset;
    }

    /// <summary>
    /// The asset of <paramref name="organisationId"/> for the same bytes as <paramref name="asset"/>: the
    /// asset itself when it already belongs there, else that organisation's existing asset for the bytes,
    /// else a new one copying its name and alt text. Items link only to their own organisation's assets,
    /// so one organisation's edits (alt text, replaced file) never change another's pages.
    /// </summary>
    public async Task<MediaAsset> OwnedByAsync(MediaAsset asset, int organisationId, CancellationToken cancellationToken = default)
    {
        if (asset.OrganisationId == organisationId)
        {
            return asset;
        }
        var own = await db.MediaAssets.OrderBy(m => m.Id)
            .FirstOrDefaultAsync(m => m.Sha256 == asset.Sha256 && m.OrganisationId == organisationId, cancellationToken);
        if (own is not null)
        {
            return own;
        }
        own = new MediaAsset
        {
            Sha256 = asset.Sha256, ContentType = asset.ContentType, FileName = asset.FileName, Size = asset.Size,
            Width = asset.Width, Height = asset.Height, AltKm = asset.AltKm, AltEn = asset.AltEn,
            OrganisationId = organisationId, UploadedById = asset.UploadedById, CreatedAt = clock.GetUtcNow(),
        };
        db.MediaAssets.Add(own);
        return own;
    }

    /// <summary>The stored bytes of a file, or null.</summary>
    public async Task<byte[]?> GetBytesAsync(string sha256, CancellationToken cancellationToken = default) =>
        await db.MediaBlobs.Where(b => b.Sha256 == sha256).Select(b => b.Bytes).FirstOrDefaultAsync(cancellationToken);

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A lower-case 64-digit hex string: the only shape a media key may have (it is used in cache paths).</summary>
    public static bool IsSha256(string? value) =>
        value is { Length: 64 } && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>The file name for display and download: no folders, no control characters, a sane length.</summary>
    public static string DisplayName(string? fileName, MediaType type)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(TextNormalization.CleanSlug(name).Where(c => !char.IsControl(c) && c is not ('/' or '"')).ToArray()).Trim('.', ' ');
        if (name.Length == 0)
        {
            name = $"file.{type.Extension}";
        }
        return name.Length <= 200 ? name : name[..200];
    }

    private static string ContentTypeFor(MediaType type, string name) =>
        type.Kind == MediaKind.Text && (name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            ? MediaType.Markdown.ContentType
            : type.ContentType;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : TextNormalization.CleanTitle(text);
}
