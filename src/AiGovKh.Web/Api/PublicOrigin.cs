using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Api;

/// <summary>
/// The absolute origin for links in API answers, feeds and the sitemap: <c>Api:PublicBaseUrl</c> when
/// set, else the request's own scheme and host (the output cache keys on the host, so one host's links
/// are never served to another).
/// </summary>
public static class PublicOrigin
{
    public static string Of(HttpContext http)
    {
        var configured = http.RequestServices.GetService<IOptions<ApiOptions>>()?.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"
            : configured.TrimEnd('/');
    }
}
