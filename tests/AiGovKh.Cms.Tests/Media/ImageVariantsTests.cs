using AiGovKh.Cms.Media;
using AiGovKh.Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Media;

public class ImageVariantsTests
{
    private static void RequireVips()
    {
        if (ImageVariants.Unavailable is { } reason)
        {
            Assert.Skip($"libvips is not available: {reason}");
        }
    }

    [Fact]
    public async Task Variant_is_made_on_demand_cached_on_disk_and_never_enlarged()
    {
        RequireVips();
        await using var hub = await TestHub.StartAsync();
        var asset = await hub.WithAsync(sp => sp.GetRequiredService<MediaStore>().AddAsync(TestImages.Png(800, 400), "wide.png", null, TestContext.Current.CancellationToken));

        var small = await hub.WithAsync(sp => sp.GetRequiredService<ImageVariants>().GetAsync(asset.Sha256, 320, VariantFormat.WebP, TestContext.Current.CancellationToken));
        var large = await hub.WithAsync(sp => sp.GetRequiredService<ImageVariants>().GetAsync(asset.Sha256, 1280, VariantFormat.Jpeg, TestContext.Current.CancellationToken));

        Assert.NotNull(small);
        Assert.StartsWith(Path.Combine(hub.Options.DataDirectory, "cache", "media"), small.FilePath);
        var webp = await File.ReadAllBytesAsync(small.FilePath, TestContext.Current.CancellationToken);
        Assert.Equal(MediaType.WebP, MediaSniffer.Detect(webp));
        Assert.Equal(320, ImageHeader.Read(webp, MediaType.WebP, out _)!.Value.Width);
        var jpeg = await File.ReadAllBytesAsync(large!.FilePath, TestContext.Current.CancellationToken);
        Assert.Equal(new ImageHeader(800, 400), ImageHeader.Read(jpeg, MediaType.Jpeg, out _));

        // A second request is served from the cache file.
        var before = File.GetLastWriteTimeUtc(small.FilePath);
        var again = await hub.WithAsync(sp => sp.GetRequiredService<ImageVariants>().GetAsync(asset.Sha256, 320, VariantFormat.WebP, TestContext.Current.CancellationToken));
        Assert.Equal(before, File.GetLastWriteTimeUtc(again!.FilePath));
    }

    [Fact]
    public async Task Unknown_image_odd_width_or_bad_key_give_no_variant()
    {
        await using var hub = await TestHub.StartAsync();
        var variants = (Func<string, int, Task<ImageVariant?>>)((sha, width) =>
            hub.WithAsync(sp => sp.GetRequiredService<ImageVariants>().GetAsync(sha, width, VariantFormat.WebP, TestContext.Current.CancellationToken)));

        Assert.Null(await variants(new string('a', 64), 320));
        Assert.Null(await variants(new string('a', 64), 333));
        Assert.Null(await variants("../../etc/passwd", 320));
    }

    [Fact]
    public async Task Documents_have_no_variants()
    {
        await using var hub = await TestHub.StartAsync();
        var pdf = await hub.WithAsync(sp => sp.GetRequiredService<MediaStore>().AddAsync("%PDF-1.7\n%%EOF\n"u8.ToArray(), "a.pdf", null, TestContext.Current.CancellationToken));

        var variant = await hub.WithAsync(sp => sp.GetRequiredService<ImageVariants>().GetAsync(pdf.Sha256, 320, VariantFormat.WebP, TestContext.Current.CancellationToken));

        Assert.Null(variant);
    }

    [Fact]
    public void Exif_metadata_is_not_copied_into_variants()
    {
        RequireVips();
        using var black = NetVips.Image.Black(600, 400);
        using var grey = black + 90;
        using var source = grey.Cast(NetVips.Enums.BandFormat.Uchar);
        using var tagged = source.Mutate(m => m.Set(NetVips.GValue.GStrType, "exif-ifd0-Artist", "Secret Person"));
        var jpeg = tagged.JpegsaveBuffer(q: 90);
        Assert.Contains("Secret Person", System.Text.Encoding.Latin1.GetString(jpeg));

        var variant = ImageVariants.Resize(jpeg, 320, VariantFormat.Jpeg, 40_000_000);

        Assert.DoesNotContain("Secret Person", System.Text.Encoding.Latin1.GetString(variant));
        Assert.DoesNotContain("Exif", System.Text.Encoding.Latin1.GetString(variant));
    }

    [Fact]
    public void Pixel_bomb_is_refused_before_libvips_sees_it()
    {
        var error = Assert.Throws<MediaRejectedException>(() => ImageVariants.Resize(TestImages.PngBomb(), 320, VariantFormat.WebP, 40_000_000));

        Assert.Equal(MediaRules.TooManyPixels, error.Rule);
    }

    [Fact]
    public void Only_the_four_web_image_loaders_are_allowed()
    {
        RequireVips();
        // TIFF and SVG are formats this libvips build can read, but their loaders are blocked here.
        using var black = NetVips.Image.Black(4, 4);
        var tiff = black.TiffsaveBuffer();
        Assert.Throws<NetVips.VipsException>(() => NetVips.Image.NewFromBuffer(tiff));
        Assert.Throws<NetVips.VipsException>(() => NetVips.Image.NewFromBuffer(TestImages.Svg()));

        // Proof that the block, not the format, refused it: unblocked, the same bytes load.
        NetVips.Operation.Block("VipsForeignLoadTiff", false);
        try
        {
            using var loaded = NetVips.Image.NewFromBuffer(tiff);
            Assert.Equal(4, loaded.Width);
        }
        finally
        {
            NetVips.Operation.Block("VipsForeignLoadTiff", true);
        }
        Assert.Throws<NetVips.VipsException>(() => NetVips.Image.NewFromBuffer(tiff));

        using var gif = NetVips.Image.NewFromBuffer(TestImages.Gif());
        Assert.Equal(1, gif.Width);
    }

    [Fact]
    public void Corrupt_image_data_is_refused_by_a_full_decode()
    {
        RequireVips();
        var png = TestImages.Png(64, 64);
        // Keep the header and the IEND trailer, garble the compressed pixels in between.
        for (var i = 45; i < png.Length - 20; i++)
        {
            png[i] = 0x55;
        }

        var check = ImageVariants.Verify(png, 40_000_000);

        Assert.Equal(MediaRules.CorruptImage, check.Rule);
    }
}
