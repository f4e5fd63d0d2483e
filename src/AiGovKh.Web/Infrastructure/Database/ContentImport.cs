using AiGovKh.Cms;
using AiGovKh.Cms.Import;

namespace AiGovKh.Web.Infrastructure.Database;

/// <summary>Imports <c>Hub:ContentDirectory</c> into the database and logs what happened, problem by problem.</summary>
public static class ContentImport
{
    public static async Task<ImportReport> RunAsync(IServiceProvider services, ILogger logger, CancellationToken ct = default)
    {
        var directory = services.GetRequiredService<HubOptions>().ContentDirectory;
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        var report = await importer.ImportAsync(directory, ct);

        foreach (var problem in report.Problems)
        {
            logger.Log(problem.Severity == ProblemSeverity.Error ? LogLevel.Error : LogLevel.Warning, "Import: {Problem}", problem.ToString());
        }
        logger.Log(report.HasErrors ? LogLevel.Warning : LogLevel.Information, "Imported {ContentDirectory}: {Report}", directory, report.ToString());
        return report;
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
