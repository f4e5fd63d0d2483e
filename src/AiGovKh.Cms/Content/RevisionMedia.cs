using AiGovKh.Cms.Media;

namespace AiGovKh.Cms.Content;

/// <summary>A media file a revision uses: an image in the body or a downloadable attachment.</summary>
public class RevisionMedia
{
    public int Id { get; set; }
    public int RevisionId { get; set; }
    public Revision Revision { get; set; } = null!;

    public int MediaAssetId { get; set; }
    public MediaAsset MediaAsset { get; set; } = null!;

    public MediaRole Role { get; set; }

    /// <summary>The name the revision's Markdown uses to refer to the file (e.g. "diagram.png").</summary>
    public required string Name { get; set; }

    /// <summary>For attachments written in one language ("km"/"en"); null when the file serves both.</summary>
    public string? Locale { get; set; }

    public string? TitleKm { get; set; }
    public string? TitleEn { get; set; }

    /// <summary>Alt text for this use of an image, per locale; alt text depends on the page, so it lives here and not only on the asset.</summary>
    public string? AltKm { get; set; }
    public string? AltEn { get; set; }

    public string? Alt(string locale) => locale == Locales.Khmer ? AltKm : AltEn;
    public string? Title(string locale) => locale == Locales.Khmer ? TitleKm : TitleEn;
}

public enum MediaRole
{
    Image,
    Attachment,
}
