using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AiGovKh.Web.Api;

/// <summary>
/// A JSON answer with a strong <c>ETag</c> (SHA-256 of the exact bytes, so equal bytes give equal tags and
/// any change in the published revisions behind it gives a new one), <c>Last-Modified</c> from the published
/// revisions, and <c>304 Not Modified</c> for a matching <c>If-None-Match</c> (or <c>If-Modified-Since</c>
/// when no tag is sent). Declares its 200 and 304 answers to OpenAPI.
/// </summary>
public sealed class ConditionalJson<T>(T value, DateTimeOffset? lastModified, string cacheControl, string? contentLanguage)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    public T Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    object? IValueHttpResult.Value => value;

    public async Task ExecuteAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, options);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");

        var headers = http.Response.Headers;
        headers.ETag = etag.ToString();
        headers.CacheControl = cacheControl;
        headers.Vary = "Accept-Language";
        if (contentLanguage is not null)
        {
            headers.ContentLanguage = contentLanguage;
        }
        if (lastModified is { } modified)
        {
            headers.LastModified = modified.ToUniversalTime().ToString("R");
        }

        if (IsNotModified(http.Request, etag, lastModified))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    internal static bool IsNotModified(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }
        var ifModifiedSince = request.GetTypedHeaders().IfModifiedSince;
        // HTTP dates have whole seconds; compare at that precision.
        return ifModifiedSince is { } since && lastModified is { } modified
            && modified.ToUnixTimeSeconds() <= since.ToUnixTimeSeconds();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
