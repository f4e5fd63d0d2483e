namespace AiGovKh.Web.Api;

/// <summary>Settings under <c>Api:</c>.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Absolute origin used in links (e.g. https://ai.gov.kh); empty: the request's scheme and host.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Requests a client (by IP address) may make per window before it gets 429.</summary>
    public int RateLimitPermits { get; set; } = 600;

    /// <summary>Length of the rate-limit window in seconds.</summary>
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Largest page size of <c>/api/v1/content</c>.</summary>
    public const int MaxPageSize = 100;

    public const int DefaultPageSize = 20;

    /// <summary>Largest number of changes in one answer of <c>/api/v1/changes</c>.</summary>
    public const int MaxChangeLimit = 500;

    public const int DefaultChangeLimit = 100;
}
