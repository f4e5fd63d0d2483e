namespace AiGovKh.Search;

/// <summary>Field names of the hub's index.</summary>
public static class SearchFields
{
    /// <summary>"{slug}/{locale}": one document per item and locale.</summary>
    public const string Id = "id";
    /// <summary>The item's slug; every locale's document carries it, so one term deletes the item.</summary>
    public const string Item = "item";
    public const string Locale = "locale";
    public const string Type = "type";
    public const string Audience = "audience";
    public const string Organisation = "organisation";
    public const string OrganisationName = "organisationName";
    public const string Url = "url";
    public const string PublishedAt = "publishedAt";
    public const string UpdatedAt = "updatedAt";

    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>
    /// The body's text for snippets, as an uncompressed doc value: stored fields are compressed per document,
    /// so storing a long lesson's body made every hit decompress it, even to show only its title.
    /// </summary>
    public const string BodyText = "body.text";

    public const string TitleBigrams = "title.bi";
    public const string SummaryBigrams = "summary.bi";
    public const string BodyBigrams = "body.bi";

    public static readonly string[] BigramFields = [TitleBigrams, SummaryBigrams, BodyBigrams];

    /// <summary>The facet dimensions, in the order the page shows them.</summary>
    public static readonly string[] Facets = [Type, Audience, Organisation, Locale];
}
