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
            // (Strict-Transport-Security comes with the security headers, on HTTPS responses.)
            app.UseExceptionHandler("/error");
        }
        return app;
    }
}
