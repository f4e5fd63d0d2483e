using AiGovKh.Cms.Storage;
using AiGovKh.Web.Infrastructure.Database;

namespace AiGovKh.Web.Infrastructure.CommandLine;

/// <summary><c>import</c>: migrate, import <c>Hub:ContentDirectory</c>, print a report; exit 1 when there were errors.</summary>
internal sealed class ImportVerb(IServiceProvider services, ILogger<ImportVerb> logger) : ICommandLineVerb
{
    public string Name => "import";

    public string Description => "Import Hub:ContentDirectory into the database, print a report and exit (1 on errors).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        await HubDatabase.MigrateAsync(services, ct);
        var report = await ContentImport.RunAsync(services, logger, ct);
        foreach (var problem in report.Problems)
        {
            Console.WriteLine(problem.ToString());
        }
        Console.WriteLine(report.ToString());
        return report.HasErrors ? 1 : 0;
    }
}
