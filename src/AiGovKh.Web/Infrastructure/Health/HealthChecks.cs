using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AiGovKh.Web.Infrastructure.Health;

public static class HealthChecks
{
    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary><c>/healthz</c>: 200 "Healthy" when the database answers, 503 otherwise.</summary>
    public static IEndpointRouteBuilder MapHubHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz").DisableHttpMetrics();
        return endpoints;
    }

    private sealed class DatabaseHealthCheck(HubDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                // A real query, not only a connection: a missing schema is unhealthy too.
                await db.ChangeFeed.AnyAsync(cancellationToken);
                return HealthCheckResult.Healthy("The database is reachable.");
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("The database is not reachable.", exception);
            }
        }
    }
}
