using AiGovKh.Cms.Content;
using AiGovKh.Web.Api;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Downloads;

/// <summary>The download links of an item for the API; PDF links only where Chromium is configured.</summary>
public sealed class DownloadLinkBuilder(IOptions<DownloadOptions> options)
{
    public bool PdfEnabled => options.Value.PdfEnabled;

    public DownloadLinks For(ContentType type, string slug, string locale, string origin)
    {
        if (!DownloadPaths.HasDownloads(type))
        {
            return new DownloadLinks(null, null, null, null);
        }
        var print = origin + DownloadPaths.Print(type, locale, slug);
        var pack = origin + DownloadPaths.Pack(type, locale, slug);
        var pdf = PdfEnabled ? origin + DownloadPaths.Pdf(type, locale, slug) : null;
        return type == ContentType.Lesson
            ? new DownloadLinks(print, pack, null, pdf)
            : new DownloadLinks(print, null, pack, pdf);
    }
}
