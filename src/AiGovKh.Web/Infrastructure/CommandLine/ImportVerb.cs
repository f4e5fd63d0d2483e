using AiGovKh.Web.Infrastructure.Database;

namespace AiGovKh.Web.Infrastructure.CommandLine;

/// <summary><c>import</c>: migrate, import <c>Hub:ContentDirectory</c>, print a report; exit 1 when there were problems.</summary>
internal sealed class ImportVerb(IServiceProvider services, ILogger<ImportVerb> logger) : ICommandLineVerb
{
    public string Name => "import";

    public string Description => "Import Hub:ContentDirectory into the database, print a report and exit (1 on problems).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        await services.MigrateHubDatabaseAsync(ct);
        var problems = await ContentImport.RunAsync(services, logger, ct);
        return problems == 0 ? 0 : 1;
    }
}
