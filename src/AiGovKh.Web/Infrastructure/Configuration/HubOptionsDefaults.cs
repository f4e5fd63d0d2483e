using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Configuration;

/// <summary>
/// Defaults for the hub's folders. Run from a clone, data lives in <c>&lt;repo&gt;/data</c> and
/// content comes from <c>&lt;repo&gt;/content</c>; elsewhere (a container) both sit under the
/// content root (<c>App_Data</c> and <c>content</c>). Relative paths are taken from the content root.
/// </summary>
internal sealed class HubOptionsDefaults(IHostEnvironment environment) : IPostConfigureOptions<HubOptions>
{
    public void PostConfigure(string? name, HubOptions options)
    {
        var contentRoot = environment.ContentRootPath;
        var repository = RepositoryRoot.Find(contentRoot);

        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? repository is null ? Path.Combine(contentRoot, "App_Data") : Path.Combine(repository, "data")
            : Path.GetFullPath(options.DataDirectory, contentRoot);

        options.ContentDirectory = string.IsNullOrWhiteSpace(options.ContentDirectory)
            ? Path.Combine(repository ?? contentRoot, "content")
            : Path.GetFullPath(options.ContentDirectory, contentRoot);
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
