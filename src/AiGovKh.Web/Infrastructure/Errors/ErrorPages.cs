namespace AiGovKh.Web.Infrastructure.Errors;

public static class ErrorPages
{
    public static IServiceCollection AddHubErrorPages(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    /// <summary>
    /// Outside Development an unhandled error shows the friendly page at <c>/error</c> (problem
    /// details under <c>/api</c>), never a stack trace. Development keeps the developer page.
    /// </summary>
    public static WebApplication UseHubErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        return app;
    }
}
