namespace AiGovKh.Cms.Media;

/// <summary>The verdict on a file's bytes: its type and image size, or the rule it breaks.</summary>
public sealed record MediaCheck(MediaType? Type, ImageHeader? Image, string? Rule, string? Message)
{
    public bool Accepted => Rule is null;
}

/// <summary>The rules a media file can break.</summary>
public static class MediaRules
{
    public const string Empty = "empty-file";
    public const string TooLarge = "file-too-large";
    public const string UnsupportedType = "unsupported-media-type";
    public const string CorruptImage = "corrupt-image";
    public const string TooManyPixels = "image-too-large";
}

/// <summary>Checks bytes before they are stored or decoded: allowed type, size and, for images, a sound header.</summary>
public static class MediaInspector
{
    public static MediaCheck Inspect(ReadOnlySpan<byte> bytes, long maxBytes, long maxPixels)
    {
        if (bytes.IsEmpty)
        {
            return new(null, null, MediaRules.Empty, "The file is empty.");
        }
        if (bytes.Length > maxBytes)
        {
            return new(null, null, MediaRules.TooLarge, $"The file is {bytes.Length:N0} bytes; the limit is {maxBytes:N0}.");
        }
        var type = MediaSniffer.Detect(bytes);
        if (type is null)
        {
            return new(null, null, MediaRules.UnsupportedType, $"The file is refused: {MediaSniffer.DescribeRefused(bytes)}.");
        }
        if (!type.IsImage)
        {
            return new(type, null, null, null);
        }
        var header = ImageHeader.Read(bytes, type, out var error);
        if (header is null)
        {
            return new(type, null, MediaRules.CorruptImage, $"The image is refused: {error}.");
        }
        if (header.Value.Pixels > maxPixels)
        {
            return new(type, header, MediaRules.TooManyPixels,
                $"The image is {header.Value.Width}×{header.Value.Height} pixels; the limit is {maxPixels:N0} pixels.");
        }
        return new(type, header, null, null);
    }
}
