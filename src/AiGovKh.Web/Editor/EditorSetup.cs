using AiGovKh.Cms;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Workflow;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using AiGovKh.Web.Editor.Checks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiGovKh.Web.Editor;

public static class EditorSetup
{
    public const string EditorPolicy = "editor";
    public const string AdministratorPolicy = "administrator";

    /// <summary>The editor UI under /editor: Razor Pages, their authorisation and the scheduler.</summary>
    public static IServiceCollection AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EditorOptions>().Bind(configuration.GetSection(EditorOptions.Section)).ValidateOnStart();
        services.AddReviewWorkflow();
        // The CMS services the editor needs, unless the host registered them already (AddHubCms).
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<HubOptions>>().Value);
        services.TryAddScoped<MediaStore>();
        services.TryAddScoped<ImageVariants>();
        services.AddSingleton<EditorText>();
        services.AddScoped<WritingChecks>();
        services.AddHostedService<ScheduledPublishingWorker>();

        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.All))
            .AddPolicy(AdministratorPolicy, p => p.RequireAuthenticatedUser().RequireRole(HubRoles.Administrator));

        services.AddRazorPages(o =>
            {
                // Editor pages live in src/AiGovKh.Web/Editor and route themselves under /editor.
                o.RootDirectory = "/Editor";
                o.Conventions.AuthorizeFolder("/", EditorPolicy);
                o.Conventions.AllowAnonymousToFolder("/Account/Public");
                o.Conventions.AuthorizeFolder("/Users", AdministratorPolicy);
            })
            .AddMvcOptions(o => o.Filters.Add<SecondFactorFilter>());
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 64 * 1024 * 1024);
        return services;
    }
}
