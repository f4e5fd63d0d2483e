using System.Buffers.Binary;

namespace AiGovKh.Cms.Media;

/// <summary>
/// An image's dimensions read from its header without decoding a pixel, plus the structural
/// checks that catch truncated files (PNG without IEND, JPEG without an end marker after the
/// scan, GIF without its trailer, WebP shorter than its RIFF size). Decoding is refused before
/// it starts when the pixel count is too large, so a decompression bomb never allocates.
/// </summary>
public readonly record struct ImageHeader(int Width, int Height)
{
    private static ReadOnlySpan<byte> IendChunk => [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    public long Pixels => (long)Width * Height;

    /// <summary>Reads the header; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> bytes, MediaType type, out string? error)
    {
        error = null;
        var header = type.Extension switch
        {
            "png" => ReadPng(bytes, ref error),
            "jpg" => ReadJpeg(bytes, ref error),
            "gif" => ReadGif(bytes, ref error),
            "webp" => ReadWebP(bytes, ref error),
            _ => Fail("it is not an image", ref error),
        };
        if (header is { } h && (h.Width <= 0 || h.Height <= 0))
        {
            error = "its header gives a zero size";
            return null;
        }
        return header;
    }

    private static ImageHeader? ReadPng(ReadOnlySpan<byte> b, ref string? error)
    {
        // Signature (8), then the IHDR chunk: length (4) = 13, "IHDR", width (4), height (4).
        if (b.Length < 33 || !b.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return Fail("it is a truncated or corrupt PNG (no IHDR)", ref error);
        }
        var width = BinaryPrimitives.ReadUInt32BigEndian(b[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(b[20..]);
        // Some tools append bytes after IEND; a truncated file has no IEND at all.
        if (b.LastIndexOf(IendChunk) < 0)
        {
            return Fail("it is a truncated PNG (no IEND chunk at the end)", ref error);
        }
        return Size(width, height, ref error);
    }

    private static ImageHeader? ReadGif(ReadOnlySpan<byte> b, ref string? error)
    {
        if (b.Length < 14)
        {
            return Fail("it is a truncated GIF", ref error);
        }
        if (b[^1] != 0x3B)
        {
            return Fail("it is a truncated GIF (no trailer)", ref error);
        }
        return Size(BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]), ref error);
    }

    private static ImageHeader? ReadWebP(ReadOnlySpan<byte> b, ref string? error)
    {
        if (b.Length < 30)
        {
            return Fail("it is a truncated WebP", ref error);
        }
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(b[4..]);
        if (riffSize + 8L > b.Length)
        {
            return Fail("it is a truncated WebP (shorter than its RIFF size)", ref error);
        }
        var chunk = b.Slice(12, 4);
        if (chunk.SequenceEqual("VP8X"u8))
        {
            var w = 1 + (b[24] | b[25] << 8 | b[26] << 16);
            var h = 1 + (b[27] | b[28] << 8 | b[29] << 16);
            return Size((uint)w, (uint)h, ref error);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (b[20] != 0x2F)
            {
                return Fail("it is a corrupt WebP (bad VP8L signature)", ref error);
            }
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
            return Size((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1, ref error);
        }
        if (chunk.SequenceEqual("VP8 "u8))
        {
            if (b[23] != 0x9D || b[24] != 0x01 || b[25] != 0x2A)
            {
                return Fail("it is a corrupt WebP (bad VP8 start code)", ref error);
            }
            return Size(BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFFu, ref error);
        }
        return Fail("it is a WebP of an unknown kind", ref error);
    }

    private static ImageHeader? ReadJpeg(ReadOnlySpan<byte> b, ref string? error)
    {
        ImageHeader? size = null;
        var i = 2;
        while (i + 4 <= b.Length)
        {
            if (b[i] != 0xFF)
            {
                // Like libjpeg, skip extraneous bytes before the next marker rather than refuse the file.
                var next = b[i..].IndexOf((byte)0xFF);
                if (next < 0)
                {
                    return Fail("it is a corrupt JPEG (no marker where one was expected)", ref error);
                }
                i += next;
                continue;
            }
            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (length < 2 || i + 2 + length > b.Length)
            {
                return Fail("it is a truncated JPEG", ref error);
            }
            if (IsStartOfFrame(marker))
            {
                if (length < 7)
                {
                    return Fail("it is a corrupt JPEG (short frame header)", ref error);
                }
                var height = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]);
                size = Size(width, height, ref error);
                if (size is null)
                {
                    return null;
                }
            }
            if (marker == 0xDA)
            {
                if (size is null)
                {
                    return Fail("it is a corrupt JPEG (scan before frame header)", ref error);
                }
                var scan = b[(i + 2 + length)..];
                var end = scan.LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]);
                return end < 0 ? Fail("it is a truncated JPEG (no end-of-image marker)", ref error) : size;
            }
            i += 2 + length;
        }
        return Fail("it is a truncated JPEG (no image data)", ref error);
    }

    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    private static ImageHeader? Size(uint width, uint height, ref string? error)
    {
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return Fail("its header gives an impossible size", ref error);
        }
        return new ImageHeader((int)width, (int)height);
    }

    private static ImageHeader? Fail(string message, ref string? error)
    {
        error = message;
        return null;
    }
}
