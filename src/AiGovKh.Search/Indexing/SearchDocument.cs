namespace AiGovKh.Search.Indexing;

/// <summary>What the index knows of one item in one locale. <see cref="Body"/> is plain text.</summary>
public sealed record SearchDocument(
    string Slug,
    string Locale,
    string Type,
    string Organisation,
    string OrganisationName,
    IReadOnlyList<string> Audiences,
    string Url,
    string Title,
    string Summary,
    string Body,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt);
