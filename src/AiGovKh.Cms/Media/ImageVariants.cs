using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace AiGovKh.Cms.Media;

public enum VariantFormat
{
    WebP,
    Jpeg,
}

/// <summary>A resized copy of an image on disk.</summary>
public sealed record ImageVariant(string FilePath, string ContentType, int Width);

/// <summary>
/// WebP/JPEG copies of images at a few widths, made on demand with libvips and cached under
/// <c>{DataDirectory}/cache/media</c> (a per-node cache; delete it at will). Only the JPEG, PNG,
/// WebP and GIF loaders may run — every other libvips loader is blocked, untrusted ones first —
/// the header's pixel count is checked before decoding, truncated files fail, and metadata
/// (EXIF location, camera serials) is not copied into the variants.
/// </summary>
public sealed class ImageVariants(HubDbContext db, HubOptions options)
{
    public static readonly int[] Widths = [320, 640, 960, 1280];

    private static readonly Lazy<string?> VipsProblem = new(ConfigureVips);

    /// <summary>Null when libvips is ready; otherwise why it is not (the native library is missing).</summary>
    public static string? Unavailable => VipsProblem.Value;

    /// <summary>The nearest allowed width not smaller than <paramref name="requested"/> (the largest for anything bigger).</summary>
    public static int SnapWidth(int requested) => Widths.FirstOrDefault(w => w >= requested, Widths[^1]);

    /// <summary>
    /// Returns the variant, making it first when it is not cached; null when there is no such image, when the
    /// stored file is not an image, or when it is refused (corrupt, too many pixels): serve the original or 404 then.
    /// </summary>
    public async Task<ImageVariant?> GetAsync(string sha256, int width, VariantFormat format, CancellationToken cancellationToken = default)
    {
        if (!MediaStore.IsSha256(sha256) || !Widths.Contains(width))
        {
            return null;
        }
        var (extension, contentType) = format == VariantFormat.WebP ? ("webp", "image/webp") : ("jpg", "image/jpeg");
        var path = Path.Combine(options.MediaCacheDirectory, sha256[..2], $"{sha256}-{width}.{extension}");
        if (File.Exists(path))
        {
            return new ImageVariant(path, contentType, width);
        }

        var bytes = await db.MediaBlobs.Where(b => b.Sha256 == sha256).Select(b => b.Bytes).FirstOrDefaultAsync(cancellationToken);
        if (bytes is null)
        {
            return null;
        }
        byte[] encoded;
        try
        {
            encoded = Resize(bytes, width, format, options.MaxImagePixels);
        }
        catch (MediaRejectedException)
        {
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write then rename, so a concurrent reader never sees half a file; two nodes or requests
        // making the same variant at once simply produce the same bytes.
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temp, encoded, cancellationToken);
        File.Move(temp, path, overwrite: true);
        return new ImageVariant(path, contentType, width);
    }

    /// <summary>Decodes, resizes (never enlarges) and encodes without metadata. Throws <see cref="MediaRejectedException"/> for refused input.</summary>
    public static byte[] Resize(byte[] bytes, int width, VariantFormat format, long maxPixels)
    {
        var check = MediaInspector.Inspect(bytes, long.MaxValue, maxPixels);
        if (!check.Accepted)
        {
            throw new MediaRejectedException(check.Rule!, check.Message!);
        }
        if (!check.Type!.IsImage)
        {
            throw new MediaRejectedException(MediaRules.UnsupportedType, "The file is not an image.");
        }
        EnsureVips();
        try
        {
            using var thumbnail = Image.ThumbnailBuffer(bytes, width, size: Enums.Size.Down, failOn: Enums.FailOn.Truncated);
            return format == VariantFormat.WebP
                ? thumbnail.WebpsaveBuffer(q: 75, keep: Enums.ForeignKeep.None)
                : thumbnail.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
        }
        catch (VipsException e)
        {
            throw new MediaRejectedException(MediaRules.CorruptImage, $"The image could not be decoded: {FirstLine(e.Message)}");
        }
    }

    /// <summary>Decodes the whole image once, so a corrupt or truncated file is refused when it is added rather than when it is first shown.</summary>
    public static MediaCheck Verify(byte[] bytes, long maxPixels)
    {
        var check = MediaInspector.Inspect(bytes, long.MaxValue, maxPixels);
        if (!check.Accepted || !check.Type!.IsImage || Unavailable is not null)
        {
            return check;
        }
        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            _ = image.Avg();
            return check;
        }
        catch (VipsException e)
        {
            return check with { Rule = MediaRules.CorruptImage, Message = $"The image could not be decoded: {FirstLine(e.Message)}" };
        }
    }

    private static void EnsureVips()
    {
        if (VipsProblem.Value is { } problem)
        {
            throw new InvalidOperationException($"libvips is not available: {problem}");
        }
    }

    private static string? ConfigureVips()
    {
        try
        {
            if (!ModuleInitializer.VipsInitialized)
            {
                return ModuleInitializer.Exception?.Message ?? "libvips did not initialise";
            }
            NetVips.NetVips.BlockUntrusted = true;
            Operation.Block("VipsForeignLoad", true);
            foreach (var loader in new[] { "VipsForeignLoadJpeg", "VipsForeignLoadPng", "VipsForeignLoadWebp", "VipsForeignLoadGif", "VipsForeignLoadNsgif" })
            {
                Operation.Block(loader, false);
            }
            // Variants are cached on disk by us; libvips' own operation cache only costs memory here.
            Cache.Max = 0;
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            return e.Message;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
