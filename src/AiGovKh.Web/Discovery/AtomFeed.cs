using System.ServiceModel.Syndication;
using System.Xml;
using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Discovery;

/// <summary>Atom 1.0 feed of new and updated material in one locale (System.ServiceModel.Syndication).</summary>
public static class AtomFeed
{
    public static byte[] Render(string origin, string locale, IReadOnlyList<ListedItem> items)
    {
        var km = locale == Locales.Khmer;
        var feed = new SyndicationFeed(
            km ? "ai.gov.kh – ខ្លឹមសារថ្មី និងកែប្រែ" : "ai.gov.kh – new and updated material",
            km ? "មេរៀន វគ្គសិក្សា និងគោលការណ៍ណែនាំថ្មីៗពីមជ្ឈមណ្ឌលព័ត៌មានជាតិស្តីពីបញ្ញាសិប្បនិម្មិត" : "New lessons, courses and guidelines from Cambodia's National AI Information Hub",
            new Uri($"{origin}/{locale}"),
            $"{origin}/{locale}/feed.atom",
            items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.PublishedAt))
        {
            Language = locale,
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{origin}/{locale}/feed.atom"), "self", null, "application/atom+xml", 0));
        feed.Authors.Add(new SyndicationPerson { Name = km ? "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍" : "Ministry of Post and Telecommunications" });
        feed.Items = items.Select(item =>
        {
            var url = new Uri(origin + ItemPaths.For(item.Type, item.Slug, locale));
            var entry = new SyndicationItem(item.Title, item.Summary, url, url.AbsoluteUri, item.PublishedAt)
            {
                PublishDate = item.PublishedAt,
                Summary = new TextSyndicationContent(item.Summary),
            };
            entry.Authors.Add(new SyndicationPerson { Name = item.Organisation.Name(locale) });
            entry.Categories.Add(new SyndicationCategory(item.Type.Key()));
            foreach (var topic in item.Topics)
            {
                entry.Categories.Add(new SyndicationCategory(topic));
            }
            return entry;
        }).ToList();

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }
        return stream.ToArray();
    }
}
