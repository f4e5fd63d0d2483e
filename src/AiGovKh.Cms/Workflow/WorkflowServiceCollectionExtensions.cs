using AiGovKh.Cms.Markdown;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AiGovKh.Cms.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>The review workflow services; the host registers <c>HubDbContext</c>.</summary>
    public static IServiceCollection AddReviewWorkflow(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MarkdownRenderer>();
        services.TryAddScoped<RevisionRenderer>();
        services.TryAddScoped<PublishingService>();
        services.AddScoped<DraftEditing>();
        services.AddScoped<ReviewService>();
        services.AddScoped<PublicationDesk>();
        services.AddScoped<LiveTransitions>();
        services.AddScoped<ScheduledPublishing>();
        return services;
    }
}
