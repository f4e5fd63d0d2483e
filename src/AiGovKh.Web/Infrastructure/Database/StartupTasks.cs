using AiGovKh.Cms;
using AiGovKh.Cms.Storage;

namespace AiGovKh.Web.Infrastructure.Database;

public static class StartupTasks
{
    /// <summary>
    /// Before serving: migrate the database, then import <c>content/</c> when <c>Hub:ImportOnStart</c>.
    /// Import problems are logged and the site starts with what is published.
    /// </summary>
    public static async Task PrepareHubAsync(this WebApplication app, CancellationToken ct = default)
    {
        await HubDatabase.MigrateAsync(app.Services, ct);
        if (app.Services.GetRequiredService<HubOptions>().ImportOnStart)
        {
            await ContentImport.RunOnStartAsync(app.Services, ct);
        }
    }
}
