using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace AiGovKh.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into Lucene fields and back.</summary>
internal static class DocumentMapper
{
    public static Document ToLucene(SearchDocument doc)
    {
        var d = new Document
        {
            new StringField(SearchFields.Id, IdOf(doc.Slug, doc.Locale), Field.Store.YES),
            new StringField(SearchFields.Item, doc.Slug, Field.Store.YES),
            new StoredField(SearchFields.Url, doc.Url),
            new StoredField(SearchFields.OrganisationName, doc.OrganisationName),
            new StoredField(SearchFields.UpdatedAt, doc.UpdatedAt.UtcTicks),
            new TextField(SearchFields.Title, doc.Title, Field.Store.YES),
            new TextField(SearchFields.Summary, doc.Summary, Field.Store.YES),
            new TextField(SearchFields.Body, doc.Body, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.BodyText, new BytesRef(System.Text.Encoding.UTF8.GetBytes(doc.Body))),
            new TextField(SearchFields.TitleBigrams, doc.Title, Field.Store.NO),
            new TextField(SearchFields.SummaryBigrams, doc.Summary, Field.Store.NO),
            new TextField(SearchFields.BodyBigrams, doc.Body, Field.Store.NO),
        };
        AddFacet(d, SearchFields.Locale, doc.Locale);
        AddFacet(d, SearchFields.Type, doc.Type);
        AddFacet(d, SearchFields.Organisation, doc.Organisation);
        foreach (var audience in doc.Audiences.Distinct()) AddFacet(d, SearchFields.Audience, audience);
        if (doc.PublishedAt is { } published) d.Add(new StoredField(SearchFields.PublishedAt, published.UtcTicks));
        return d;
    }

    public static string IdOf(string slug, string locale) => slug + "/" + locale;

    private static void AddFacet(Document d, string field, string value)
    {
        if (string.IsNullOrEmpty(value)) return;
        d.Add(new StringField(field, value, Field.Store.YES));
        d.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    public static DateTimeOffset? Instant(Document d, string field) =>
        d.GetField(field)?.GetInt64Value() is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
}
