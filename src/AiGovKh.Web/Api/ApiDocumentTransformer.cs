using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AiGovKh.Web.Api;

/// <summary>Title, description and licence of the OpenAPI document.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "ai.gov.kh content API",
            Version = "v1",
            Description = "Read-only, anonymous access to everything published on ai.gov.kh, Cambodia's National AI " +
                "Information Hub, in Khmer (km) and English (en). The `locale` parameter wins over `Accept-Language`; " +
                "without either the answer is Khmer. Answers carry strong ETags (send `If-None-Match` for 304), " +
                "`Content-Language` and `Vary: Accept-Language`. Errors are RFC 9457 problem details. " +
                "Clients are rate limited per IP address (429 with `Retry-After`).",
            License = new OpenApiLicense { Name = "Content: CC BY 4.0 unless an item says otherwise", Url = new Uri("https://creativecommons.org/licenses/by/4.0/") },
        };
        return Task.CompletedTask;
    }
}
