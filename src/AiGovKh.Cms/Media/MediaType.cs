namespace AiGovKh.Cms.Media;

public enum MediaKind
{
    Image,
    Document,
    Text,
}

/// <summary>A media type the hub accepts, as decided from a file's bytes.</summary>
public sealed record MediaType(string ContentType, MediaKind Kind, string Extension)
{
    public static readonly MediaType Png = new("image/png", MediaKind.Image, "png");
    public static readonly MediaType Jpeg = new("image/jpeg", MediaKind.Image, "jpg");
    public static readonly MediaType WebP = new("image/webp", MediaKind.Image, "webp");
    public static readonly MediaType Gif = new("image/gif", MediaKind.Image, "gif");
    public static readonly MediaType Pdf = new("application/pdf", MediaKind.Document, "pdf");
    public static readonly MediaType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document, "docx");
    public static readonly MediaType Pptx = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", MediaKind.Document, "pptx");
    public static readonly MediaType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document, "xlsx");
    public static readonly MediaType Odt = new("application/vnd.oasis.opendocument.text", MediaKind.Document, "odt");
    public static readonly MediaType Text = new("text/plain; charset=utf-8", MediaKind.Text, "txt");
    public static readonly MediaType Markdown = new("text/markdown; charset=utf-8", MediaKind.Text, "md");

    public bool IsImage => Kind == MediaKind.Image;
}
