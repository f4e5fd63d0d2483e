using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;
using AiGovKh.Web.Downloads;

namespace AiGovKh.Web.Api;

/// <summary>Turns read-side records into the API's JSON shapes, with absolute URLs under one origin.</summary>
public sealed class ContentMapping(string origin, DownloadLinkBuilder downloads)
{
    public string ApiUrl(string slug, string locale) => $"{origin}/api/v1/content/{slug}?locale={locale}";

    public string SiteUrl(ContentType type, string slug, string locale) => origin + ItemPaths.For(type, slug, locale);

    public ContentSummary Summary(ListedItem item, string requestedLocale) => new(
        item.Slug,
        item.Type.Key(),
        item.Locale,
        Fallback: item.Locale != requestedLocale,
        Stale: item.IsStale,
        item.Title,
        item.Summary,
        item.ReadingMinutes,
        Audiences(item.Audiences),
        item.Topics,
        new OrganisationRef(item.Organisation.Slug, item.Organisation.Name(item.Locale)),
        item.CourseSlug,
        item.Position,
        item.License,
        new RevisionInfo(item.RevisionId, item.RevisionNumber, item.PublishedAt),
        item.Locales,
        ApiUrl(item.Slug, requestedLocale),
        SiteUrl(item.Type, item.Slug, requestedLocale));

    public ContentDetail Detail(PublishedItem published, ItemSummary? course, LessonNeighbours neighbours)
    {
        var item = published.Item;
        var text = published.Text;
        var revision = published.Revision;
        var requested = published.RequestedLocale;
        return new ContentDetail(
            item.Slug,
            item.Type.Key(),
            requested,
            text.Locale,
            published.IsFallback,
            published.IsStale,
            published.Locales,
            text.Title,
            text.Summary,
            text.BodyHtml,
            text.BodyMarkdown,
            text.Objectives,
            text.ReadingMinutes,
            text.Questions.Select(q => new QuestionInfo(q.Question, q.Answer)).ToList(),
            Audiences(item.Audiences),
            item.Topics,
            new OrganisationRef(item.Organisation.Slug, item.Organisation.Name(text.Locale)),
            License(item.License),
            new RevisionInfo(revision.Id, revision.Number, revision.PublishedAt ?? item.UpdatedAt),
            Images(revision, text.Locale),
            published.Attachments
                .Select(a => new AttachmentInfo(a.Name, a.Title, a.Locale, MediaUrl(a.Sha256, a.Name), a.Size, a.Sha256, a.ContentType))
                .ToList(),
            text.Glossary.Select(g => new GlossaryTerm(g.Id, text.Locale, published.IsFallback, g.Term, g.Definition, [item.Slug])).ToList(),
            new ContentLinks(
                ApiUrl(item.Slug, requested),
                new SiteLinks(SiteUrl(item.Type, item.Slug, Locales.Khmer), SiteUrl(item.Type, item.Slug, Locales.English)),
                Linked(course, requested),
                Linked(neighbours.Previous, requested),
                Linked(neighbours.Next, requested),
                downloads.For(item.Type, item.Slug, requested, origin)));
    }

    public static LicenseInfo License(string id) => new(
        id,
        id.Equals("CC-BY-4.0", StringComparison.OrdinalIgnoreCase) ? "https://creativecommons.org/licenses/by/4.0/" : null);

    public static IReadOnlyList<string> Audiences(AudienceTier tiers) => tiers.Split().Select(t => t.Key()).ToList();

    private LinkedItem? Linked(ItemSummary? item, string requestedLocale) => item is null
        ? null
        : new LinkedItem(item.Slug, item.Title, item.Locale, ApiUrl(item.Slug, requestedLocale), SiteUrl(item.Type, item.Slug, requestedLocale));

    private IReadOnlyList<ImageInfo> Images(Revision revision, string locale) => revision.Media
        .Where(m => m.Role == MediaRole.Image)
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .Select(m =>
        {
            var url = MediaUrl(m.MediaAsset.Sha256, m.Name);
            var variants = m.MediaAsset.IsImage && m.MediaAsset.ContentType != "image/svg+xml"
                ? ImageVariants.Widths.Where(w => m.MediaAsset.Width is not { } width || w < width || w == ImageVariants.Widths[0])
                    .Select(w => new ImageVariantLink(w, $"{url}?w={w}")).ToList()
                : [];
            return new ImageInfo(m.Name, url, m.Alt(locale) ?? m.MediaAsset.Alt(locale), m.MediaAsset.Width, m.MediaAsset.Height,
                m.MediaAsset.ContentType, m.MediaAsset.Size, m.MediaAsset.Sha256, variants);
        })
        .ToList();

    private string MediaUrl(string sha256, string name) => $"{origin}/media/{sha256}/{Uri.EscapeDataString(name)}";
}
