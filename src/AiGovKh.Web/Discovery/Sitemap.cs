using System.Globalization;
using System.Xml;
using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Discovery;

/// <summary>
/// sitemaps.org XML with hreflang alternates: every published page in both locales, each listing km, en and
/// x-default (Khmer). Items missing a locale are still listed there: the site serves them with a fallback notice.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static byte[] Render(string origin, IEnumerable<ListedItem> items)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            Page(xml, origin, l => $"/{l}", null);
            foreach (var tier in AudienceTiers.All)
            {
                Page(xml, origin, l => $"/{l}/audiences/{tier.Key()}", null);
            }
            foreach (var item in items)
            {
                Page(xml, origin, l => ItemPaths.For(item.Type, item.Slug, l), item.PublishedAt);
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void Page(XmlWriter xml, string origin, Func<string, string> path, DateTimeOffset? modified)
    {
        foreach (var locale in Locales.All)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, origin + path(locale));
            if (modified is { } m)
            {
                xml.WriteElementString("lastmod", Namespace, m.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            foreach (var (hreflang, target) in new[] { ("km", "km"), ("en", "en"), ("x-default", "km") })
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", hreflang);
                xml.WriteAttributeString("href", origin + path(target));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
    }
}
