namespace AiGovKh.Cms.Media;

/// <summary>
/// An organisation's media file: its name, alt text and owner. The bytes live in <see cref="MediaBlob"/>,
/// keyed by SHA-256, so listing media never loads them and the same file uploaded twice (by one
/// organisation or several) is stored once; each organisation that uploads it has its own asset row.
/// </summary>
public class MediaAsset
{
    public int Id { get; set; }

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Decided from the bytes, never from the file name or the client.</summary>
    public required string ContentType { get; set; }

    /// <summary>Display name only; never used as a path.</summary>
    public required string FileName { get; set; }

    public long Size { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    public string? AltKm { get; set; }
    public string? AltEn { get; set; }

    public int? OrganisationId { get; set; }
    public string? UploadedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);

    public string? Alt(string locale) => locale == Content.Locales.Khmer ? AltKm : AltEn;
}

/// <summary>The bytes of a media file, keyed by their SHA-256.</summary>
public class MediaBlob
{
    public required string Sha256 { get; set; }
    public required byte[] Bytes { get; set; }
}
