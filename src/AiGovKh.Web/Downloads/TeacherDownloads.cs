namespace AiGovKh.Web.Downloads;

/// <summary>Composition of the teacher downloads: print views, lesson and course packs, PDFs.</summary>
public static class TeacherDownloads
{
    public static IServiceCollection AddTeacherDownloads(this IServiceCollection services)
    {
        services.AddOptions<DownloadOptions>().BindConfiguration(DownloadOptions.Section);
        services.AddSingleton<DownloadLinkBuilder>();
        return services;
    }

    public static IEndpointRouteBuilder MapTeacherDownloads(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
