namespace AiGovKh.Web.Editor.Media;

/// <summary>Reads an uploaded file into memory, refusing it before reading when it is too large.</summary>
public static class MediaForm
{
    public static async Task<(byte[]? Bytes, string? Problem)> ReadAsync(IFormFile? file, long maxBytes)
    {
        if (file is null || file.Length == 0) return (null, "Media.Empty");
        if (file.Length > maxBytes) return (null, "Media.TooLarge");
        using var ms = new MemoryStream((int)file.Length);
        await file.CopyToAsync(ms);
        return (ms.ToArray(), null);
    }
}
