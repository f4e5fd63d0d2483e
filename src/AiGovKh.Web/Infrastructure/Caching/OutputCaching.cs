namespace AiGovKh.Web.Infrastructure.Caching;

public static class OutputCaching
{
    /// <summary>Output cache for public pages (policy <see cref="PublicPageCachePolicy.Name"/>), evicted when the change feed moves.</summary>
    public static IServiceCollection AddHubOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache(options =>
        {
            // Slugs are case-sensitive: /en/courses/AI-Basics must not be served the page of /en/courses/ai-basics.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
        });
        services.AddSingleton<ChangeFeedCacheEviction>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeedCacheEviction>());
        return services;
    }
}
