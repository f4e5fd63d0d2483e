namespace AiGovKh.Search;

internal static class SearchFields
{
    public const string Slug = "slug";
}
