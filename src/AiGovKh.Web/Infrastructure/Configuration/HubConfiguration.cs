using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Configuration;

/// <summary>
/// Reads <see cref="HubOptions"/> from <c>Hub:</c> (appsettings, <c>Hub__X</c> environment variables,
/// <c>--Hub:X=</c> arguments), fills in the default folders and validates them before anything starts.
/// </summary>
public static class HubConfiguration
{
    /// <summary>
    /// Run from a clone, data lives in <c>&lt;repo&gt;/data</c> and content comes from <c>&lt;repo&gt;/content</c>;
    /// elsewhere (a container) both sit under the content root (<c>App_Data</c> and <c>content</c>).
    /// Relative paths are taken from the content root. Throws <see cref="OptionsValidationException"/>
    /// listing every problem when the settings cannot work.
    /// </summary>
    public static HubOptions ReadHubOptions(this WebApplicationBuilder builder)
    {
        var options = new HubOptions();
        builder.Configuration.GetSection(HubOptions.Section).Bind(options);

        var contentRoot = builder.Environment.ContentRootPath;
        var repository = RepositoryRoot.Find(contentRoot);
        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? repository is null ? Path.Combine(contentRoot, "App_Data") : Path.Combine(repository, "data")
            : Path.GetFullPath(options.DataDirectory, contentRoot);
        options.ContentDirectory = string.IsNullOrWhiteSpace(options.ContentDirectory)
            ? Path.Combine(repository ?? contentRoot, "content")
            : Path.GetFullPath(options.ContentDirectory, contentRoot);
        options.DatabaseProvider = options.DatabaseProvider.Trim().ToLowerInvariant();

        var errors = options.Validate().ToList();
        if (File.Exists(options.DataDirectory))
        {
            errors.Add($"Hub:DataDirectory '{options.DataDirectory}' is a file, not a folder.");
        }
        if (errors.Count > 0)
        {
            throw new OptionsValidationException(HubOptions.Section, typeof(HubOptions), errors);
        }
        Directory.CreateDirectory(options.DataDirectory);
        return options;
    }
}

/// <summary>Finds the clone this host runs from: the nearest folder up from a start folder holding <c>AiGovKh.sln</c>.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "AiGovKh.sln";

    public static string? Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
