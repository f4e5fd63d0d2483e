using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Configuration;

public static class HubConfiguration
{
    /// <summary>Binds <see cref="HubOptions"/> from <c>Hub:</c>, fills in the default folders and validates on start.</summary>
    public static IServiceCollection AddHubOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubOptions>()
            .Bind(configuration.GetSection(HubOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<HubOptions>, HubOptionsDefaults>();
        services.AddSingleton<IValidateOptions<HubOptions>, HubOptionsValidation>();
        return services;
    }
}
