using System.Globalization;
using System.Threading.RateLimiting;
using AiGovKh.Web.Downloads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;

namespace AiGovKh.Web.Api;

/// <summary>Composition of the content API: OpenAPI, CORS, rate limiting, compression, caching.</summary>
public static class ContentApiSetup
{
    public const string CorsPolicy = "PublicApi";
    public const string RateLimitPolicy = "PublicApi";

    public static IServiceCollection AddContentApi(this IServiceCollection services)
    {
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section)
            .Validate(o => o.RateLimitPermits > 0 && o.RateLimitWindowSeconds > 0, "Api:RateLimitPermits and Api:RateLimitWindowSeconds must be positive.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _), "Api:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddApiDocsSecurityHeaders();
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiParameterTransformer>();
        });
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods("GET", "HEAD")
            .AllowAnyHeader()
            .WithExposedHeaders("ETag", "Last-Modified", "Link", "Content-Language", "Retry-After", "X-Total-Count")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((options, api) => ConfigureRateLimiter(options, api.Value));
        services.Configure<OutputCacheOptions>(options => options.AddPolicy(ApiCachePolicy.Name, new ApiCachePolicy()));
        return services;
    }

    /// <summary>CORS and the per-client rate limiter; between UseRouting and UseOutputCache. (Compression is the host's PageCompression.)</summary>
    public static IApplicationBuilder UseContentApi(this IApplicationBuilder app)
    {
        // The theme (which cannot see the security-headers package) stamps its JSON-LD data block with the CSP nonce.
        app.Use((context, next) =>
        {
            context.Items[AiGovKh.Themes.Default.Models.StructuredData.NonceItem] = context.GetNonce();
            return next(context);
        });
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The API's endpoints, its OpenAPI document at /openapi/v1.json and the reference page at /api/docs.</summary>
    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapContentRoutes();
        app.MapOpenApi().CacheOutput(policy => policy.Expire(TimeSpan.FromMinutes(10)));
        app.MapScalarApiReference("/api/docs", (options, http) => options
            .WithTitle("ai.gov.kh content API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .WithNonce(http.GetNonce()))
            .WithSecurityHeadersPolicy(ApiDocsSecurityHeaders.Policy);
        return app;
    }

    internal static RouteGroupBuilder WithContentApiConventions(this RouteGroupBuilder group)
    {
        group.RequireCors(CorsPolicy).RequireRateLimiting(RateLimitPolicy).CacheOutput(ApiCachePolicy.Name);
        return group;
    }

    private static void ConfigureRateLimiter(RateLimiterOptions options, ApiOptions api)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = api.RateLimitPermits,
                Window = TimeSpan.FromSeconds(api.RateLimitWindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        options.OnRejected = async (context, ct) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : api.RateLimitWindowSeconds;
            var response = context.HttpContext.Response;
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-store";
            var problem = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client made more than {api.RateLimitPermits} requests in {api.RateLimitWindowSeconds} s. Try again in {seconds} s.",
                Type = "https://ai.gov.kh/problems/rate-limited",
            };
            await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
        };
    }
}
