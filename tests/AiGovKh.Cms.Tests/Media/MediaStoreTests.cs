using AiGovKh.Cms.Media;
using AiGovKh.Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Media;

public class MediaStoreTests
{
    private static Task<MediaAsset> AddAsync(TestHub hub, byte[] bytes, string name, MediaUpload? upload = null) =>
        hub.WithAsync(sp => sp.GetRequiredService<MediaStore>().AddAsync(bytes, name, upload, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Same_bytes_are_stored_once()
    {
        await using var hub = await TestHub.StartAsync();
        var png = TestImages.Png(8, 6);

        var first = await AddAsync(hub, png, "a.png", new MediaUpload(AltKm: "រូប"));
        var second = await AddAsync(hub, png, "copy-of-a.png", new MediaUpload(AltEn: "A picture"));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await hub.QueryAsync(db => db.MediaBlobs.CountAsync()));
        var asset = await hub.QueryAsync(db => db.MediaAssets.SingleAsync());
        Assert.Equal(("image/png", 8, 6, "រូប", "A picture"), (asset.ContentType, asset.Width, asset.Height, asset.AltKm, asset.AltEn));
        Assert.Equal(MediaStore.Sha256Hex(png), asset.Sha256);
    }

    [Fact]
    public async Task Png_named_jpg_is_stored_as_png_and_the_name_is_never_a_path()
    {
        await using var hub = await TestHub.StartAsync();

        var asset = await AddAsync(hub, TestImages.Png(2, 2), "../../etc/photo.jpg");

        Assert.Equal("image/png", asset.ContentType);
        Assert.Equal("photo.jpg", asset.FileName);
    }

    [Fact]
    public async Task Refused_files_are_not_stored()
    {
        await using var hub = await TestHub.StartAsync(options: o => o.MaxMediaBytes = 10_000);

        var svg = await Assert.ThrowsAsync<MediaRejectedException>(() => AddAsync(hub, TestImages.Svg(), "logo.svg"));
        var big = await Assert.ThrowsAsync<MediaRejectedException>(() => AddAsync(hub, new byte[20_000], "big.txt"));
        var bomb = await Assert.ThrowsAsync<MediaRejectedException>(() => AddAsync(hub, TestImages.PngBomb(), "bomb.png"));

        Assert.Equal((MediaRules.UnsupportedType, MediaRules.TooLarge, MediaRules.TooManyPixels), (svg.Rule, big.Rule, bomb.Rule));
        Assert.Equal(0, await hub.QueryAsync(db => db.MediaBlobs.CountAsync()));
    }

    [Fact]
    public async Task Image_with_garbled_pixel_data_is_refused_on_entry()
    {
        if (ImageVariants.Unavailable is { } reason)
        {
            Assert.Skip($"libvips is not available: {reason}");
        }
        await using var hub = await TestHub.StartAsync();
        var png = TestImages.Png(64, 64);
        for (var i = 45; i < png.Length - 20; i++)
        {
            png[i] = 0x55;
        }

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => AddAsync(hub, png, "garbled.png"));

        Assert.Equal(MediaRules.CorruptImage, error.Rule);
        Assert.Equal(0, await hub.QueryAsync(db => db.MediaAssets.CountAsync()));
    }

    [Fact]
    public async Task Markdown_attachment_gets_markdown_content_type()
    {
        await using var hub = await TestHub.StartAsync();

        var asset = await AddAsync(hub, "# Activity\n"u8.ToArray(), "activity.md");

        Assert.Equal("text/markdown; charset=utf-8", asset.ContentType);
    }
}
