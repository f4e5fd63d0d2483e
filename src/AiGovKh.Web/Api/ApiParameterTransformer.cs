using System.Globalization;
using System.Text.Json.Nodes;
using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AiGovKh.Web.Api;

/// <summary>
/// The content API reads its query parameters as text and validates them itself (so a bad value gets a
/// problem naming it); this tells OpenAPI what the values really are: numbers with bounds, enumerations, dates.
/// </summary>
internal sealed class ApiParameterTransformer : IOpenApiOperationTransformer
{
    private static readonly HashSet<string> OwnTags = ["Content", "Reference", "Sync"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Tags is null || !operation.Tags.Any(t => t.Name is { } name && OwnTags.Contains(name)) || operation.Parameters is null)
        {
            return Task.CompletedTask;
        }
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            Describe(parameter);
        }
        return Task.CompletedTask;
    }

    private static void Describe(OpenApiParameter parameter)
    {
        switch (parameter.Name)
        {
            case "locale":
                parameter.Description = "Language of the answer: km or en. Wins over Accept-Language; default km.";
                parameter.Schema = Enumeration(Locales.All);
                break;
            case "type":
                parameter.Description = "Only items of this type.";
                parameter.Schema = Enumeration(Enum.GetValues<ContentType>().Select(t => t.Key()));
                break;
            case "audience":
                parameter.Description = "Only items for this audience tier.";
                parameter.Schema = Enumeration(AudienceTiers.All.Select(t => t.Key()));
                break;
            case "topic":
                parameter.Description = "Only items with this topic key.";
                parameter.Schema = Key();
                break;
            case "organisation":
                parameter.Description = "Only items owned by the organisation with this slug (see /api/v1/organisations).";
                parameter.Schema = Key();
                break;
            case "updatedSince":
                parameter.Description = "Only items whose published revision went live at or after this instant (ISO 8601).";
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
                break;
            case "page":
                parameter.Description = "Page number, from 1.";
                parameter.Schema = Integer(1, 1_000_000, 1);
                break;
            case "pageSize":
                parameter.Description = $"Items per page, 1 to {ApiOptions.MaxPageSize}.";
                parameter.Schema = Integer(1, ApiOptions.MaxPageSize, ApiOptions.DefaultPageSize);
                break;
            case "limit":
                parameter.Description = $"Most changes in one answer, 1 to {ApiOptions.MaxChangeLimit}.";
                parameter.Schema = Integer(1, ApiOptions.MaxChangeLimit, ApiOptions.DefaultChangeLimit);
                break;
            case "since":
                parameter.Description = "Cursor: 0 for the beginning, else the nextCursor of the previous answer.";
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{1,18}$", Default = JsonValue.Create("0") };
                break;
            case "slug":
                parameter.Description = "The item's slug (lower-case ASCII letters, digits and hyphens).";
                parameter.Schema = new OpenApiSchema { Type = JsonSchemaType.String };
                break;
        }
    }

    private static OpenApiSchema Enumeration(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = values.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
    };

    private static OpenApiSchema Key() => new() { Type = JsonSchemaType.String, Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", MaxLength = Slugs.MaxLength };

    private static OpenApiSchema Integer(int min, int max, int fallback) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = min.ToString(CultureInfo.InvariantCulture),
        Maximum = max.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(fallback),
    };
}
