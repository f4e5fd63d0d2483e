using System.IO.Compression;
using System.Text;

namespace AiGovKh.Cms.Media;

/// <summary>
/// Decides a file's type from its bytes against the hub's allow-list: PNG, JPEG, WebP and GIF
/// images; PDF, DOCX, PPTX, XLSX and ODT documents; UTF-8 text. Anything else — SVG, HTML,
/// executables, macro-enabled Office files — is refused (null). The file name is never consulted.
/// </summary>
public static class MediaSniffer
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    public static MediaType? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }
        if (bytes.StartsWith(PngSignature))
        {
            return MediaType.Png;
        }
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return MediaType.Jpeg;
        }
        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return MediaType.Gif;
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return MediaType.WebP;
        }
        if (bytes.StartsWith("%PDF-"u8))
        {
            return MediaType.Pdf;
        }
        if (bytes.StartsWith(ZipSignature))
        {
            return DetectZipDocument(bytes);
        }
        return IsSafeText(bytes) ? MediaType.Text : null;
    }

    /// <summary>A short human description of why bytes were refused, for error messages.</summary>
    public static string DescribeRefused(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "the file is empty";
        }
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.Contains("<svg", StringComparison.OrdinalIgnoreCase))
        {
            return "it is SVG, which is not accepted (it can carry scripts); export it as PNG";
        }
        if (head.StartsWith('<'))
        {
            return "it is HTML or XML, which is not accepted";
        }
        if (bytes.StartsWith(ZipSignature))
        {
            return "it is a ZIP file that is not a DOCX, PPTX, XLSX or ODT document (or holds macros)";
        }
        return "its bytes are not PNG, JPEG, WebP, GIF, PDF, DOCX, PPTX, XLSX, ODT or UTF-8 text";
    }

    private static MediaType? DetectZipDocument(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = new HashSet<string>(archive.Entries.Select(e => e.FullName), StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null; // macro-enabled
            }
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Contains("word/document.xml"))
                {
                    return MediaType.Docx;
                }
                if (names.Contains("ppt/presentation.xml"))
                {
                    return MediaType.Pptx;
                }
                if (names.Contains("xl/workbook.xml"))
                {
                    return MediaType.Xlsx;
                }
                return null;
            }
            var mimetype = archive.GetEntry("mimetype");
            if (mimetype is not null && mimetype.Length < 100)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (reader.ReadToEnd().Trim() == MediaType.Odt.ContentType)
                {
                    return MediaType.Odt;
                }
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Valid UTF-8 without NUL or odd control characters, and not markup (which a browser could be tricked into running).</summary>
    private static bool IsSafeText(ReadOnlySpan<byte> bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return false;
        }
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var firstVisible = -1;
        for (var i = start; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
            if (b == 0x7F)
            {
                return false;
            }
            if (firstVisible < 0 && b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                firstVisible = i;
            }
        }
        return firstVisible < 0 || bytes[firstVisible] != (byte)'<';
    }
}
