using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Configuration;

/// <summary>Stops the host on start with a clear message when <c>Hub:</c> settings cannot work.</summary>
internal sealed class HubOptionsValidation : IValidateOptions<HubOptions>
{
    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Hub:DataDirectory must name a folder for the database and caches.");
        }
        else if (File.Exists(options.DataDirectory))
        {
            failures.Add($"Hub:DataDirectory '{options.DataDirectory}' is a file, not a folder.");
        }
        if (string.IsNullOrWhiteSpace(options.ContentDirectory))
        {
            failures.Add("Hub:ContentDirectory must name the folder of bilingual material to import.");
        }
        var provider = options.DatabaseProvider?.Trim().ToLowerInvariant();
        if (provider is not ("sqlite" or "postgres"))
        {
            failures.Add($"Hub:DatabaseProvider must be 'sqlite' or 'postgres', not '{options.DatabaseProvider}'.");
        }
        if (provider == "postgres" && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Hub:ConnectionString is required when Hub:DatabaseProvider is 'postgres'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
