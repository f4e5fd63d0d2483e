using System.IO.Compression;
using System.Text;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Tests.Support;

namespace AiGovKh.Cms.Tests.Media;

public class MediaSnifferTests
{
    [Fact]
    public void Png_is_detected_from_bytes_whatever_the_name()
    {
        // The sniffer never sees a name: a PNG saved as photo.jpg is still a PNG.
        Assert.Equal(MediaType.Png, MediaSniffer.Detect(TestImages.Png(4, 3)));
    }

    [Fact]
    public void Gif_jpeg_webp_and_pdf_are_detected()
    {
        Assert.Equal(MediaType.Gif, MediaSniffer.Detect(TestImages.Gif()));
        Assert.Equal(MediaType.Jpeg, MediaSniffer.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(MediaType.WebP, MediaSniffer.Detect("RIFF\0\0\0\0WEBPVP8 "u8.ToArray()));
        Assert.Equal(MediaType.Pdf, MediaSniffer.Detect("%PDF-1.7\n"u8.ToArray()));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<?xml version=\"1.0\"?><svg/>")]
    [InlineData("  \n<!DOCTYPE html><html><body>hi</body></html>")]
    [InlineData("\uFEFF<html></html>")]
    public void Svg_and_html_are_refused(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Null(MediaSniffer.Detect(bytes));
        Assert.Contains(text.Contains("svg") ? "SVG" : "HTML", MediaSniffer.DescribeRefused(bytes));
    }

    [Fact]
    public void Svg_is_refused_by_the_store_with_a_clear_message()
    {
        var check = MediaInspector.Inspect(TestImages.Svg(), 1_000_000, 1_000_000);

        Assert.Equal(MediaRules.UnsupportedType, check.Rule);
        Assert.Contains("SVG", check.Message);
    }

    [Fact]
    public void Utf8_text_and_markdown_are_accepted_as_text_but_binary_junk_is_not()
    {
        Assert.Equal(MediaType.Text, MediaSniffer.Detect(Encoding.UTF8.GetBytes("# សកម្មភាព\n\n- one\n")));
        Assert.Null(MediaSniffer.Detect([0x4D, 0x5A, 0x90, 0x00, 0x03])); // a Windows executable
        Assert.Null(MediaSniffer.Detect([0x66, 0x6F, 0xC3, 0x28])); // invalid UTF-8
    }

    [Fact]
    public void Office_documents_are_told_apart_and_macro_files_refused()
    {
        Assert.Equal(MediaType.Docx, MediaSniffer.Detect(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(MediaType.Pptx, MediaSniffer.Detect(Zip("[Content_Types].xml", "ppt/presentation.xml")));
        Assert.Equal(MediaType.Xlsx, MediaSniffer.Detect(Zip("[Content_Types].xml", "xl/workbook.xml")));
        Assert.Null(MediaSniffer.Detect(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
        Assert.Null(MediaSniffer.Detect(Zip("readme.txt")));
        Assert.Equal(MediaType.Odt, MediaSniffer.Detect(Odt()));
    }

    [Fact]
    public void Truncated_png_is_refused()
    {
        var png = TestImages.Png(40, 30);
        var check = MediaInspector.Inspect(png.AsSpan(0, png.Length - 20), 1_000_000, 1_000_000);

        Assert.Equal(MediaRules.CorruptImage, check.Rule);
        Assert.Contains("truncated", check.Message);
    }

    [Fact]
    public void Png_with_bytes_after_its_end_is_still_accepted()
    {
        var png = TestImages.Png(4, 4).Concat(new byte[] { 1, 2, 3 }).ToArray();

        Assert.True(MediaInspector.Inspect(png, 1_000_000, 1_000_000).Accepted);
    }

    [Fact]
    public void Jpeg_header_gives_its_size_and_a_cut_jpeg_is_refused()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,                                     // SOI
            0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46,             // APP0 (short)
            0x00, 0x00,                                     // stray bytes libjpeg would skip
            0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x01, 0x01, 0x11, 0x00, // SOF0 480x640, 1 component
            0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, // SOS
            0x12, 0x34, 0x56,                               // scan data
            0xFF, 0xD9,                                     // EOI
        ];

        Assert.Equal(new ImageHeader(640, 480), MediaInspector.Inspect(jpeg, 1_000_000, 1_000_000).Image);
        Assert.Equal(MediaRules.CorruptImage, MediaInspector.Inspect(jpeg[..^2], 1_000_000, 1_000_000).Rule);
    }

    [Fact]
    public void Pixel_bomb_is_refused_from_the_header_before_decoding()
    {
        var bomb = TestImages.PngBomb();

        Assert.True(bomb.Length < 100);
        var check = MediaInspector.Inspect(bomb, 1_000_000, 40_000_000);
        Assert.Equal(MediaRules.TooManyPixels, check.Rule);
        Assert.Contains("50000×50000", check.Message);
    }

    [Fact]
    public void Header_gives_the_size_of_png_and_gif()
    {
        Assert.Equal(new ImageHeader(40, 30), MediaInspector.Inspect(TestImages.Png(40, 30), 1_000_000, 1_000_000).Image);
        Assert.Equal(new ImageHeader(1, 1), MediaInspector.Inspect(TestImages.Gif(), 1_000_000, 1_000_000).Image);
    }

    [Fact]
    public void Oversized_and_empty_files_are_refused()
    {
        Assert.Equal(MediaRules.TooLarge, MediaInspector.Inspect(new byte[2000], 1000, 1000).Rule);
        Assert.Equal(MediaRules.Empty, MediaInspector.Inspect([], 1000, 1000).Rule);
    }

    private static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return stream.ToArray();
    }

    private static byte[] Odt()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                writer.Write("application/vnd.oasis.opendocument.text");
            }
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            {
                writer.Write("<x/>");
            }
        }
        return stream.ToArray();
    }
}
