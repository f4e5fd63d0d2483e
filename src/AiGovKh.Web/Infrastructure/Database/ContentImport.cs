using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Database;

/// <summary>Imports <c>Hub:ContentDirectory</c> into the database and reports what happened.</summary>
public static class ContentImport
{
    /// <summary>Runs the import; returns the number of problems found (0 when all went well).</summary>
    public static Task<int> RunAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        var hub = services.GetRequiredService<IOptions<HubOptions>>().Value;
        if (!Directory.Exists(hub.ContentDirectory))
        {
            logger.LogWarning("Content folder {ContentDirectory} does not exist; nothing imported. Set Hub:ContentDirectory.", hub.ContentDirectory);
            return Task.FromResult(1);
        }
        // The CMS importer (ContentImporter) is wired in when the cms branch lands.
        logger.LogWarning("The content importer is not available in this build; {ContentDirectory} was not imported.", hub.ContentDirectory);
        return Task.FromResult(1);
    }

    public static async Task RunOnStartAsync(IServiceProvider services, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AiGovKh.Import");
        try
        {
            await RunAsync(services, logger, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A broken import must not take the site down: what is already published keeps being served.
            logger.LogError(exception, "Importing content on start failed; the site serves what was already published.");
        }
    }
}
