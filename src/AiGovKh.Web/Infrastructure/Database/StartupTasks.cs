using AiGovKh.Cms;
using AiGovKh.Cms.Storage;
using AiGovKh.Web.Identity;

namespace AiGovKh.Web.Infrastructure.Database;

public static class StartupTasks
{
    /// <summary>
    /// Before serving: migrate the database (content, then accounts and the data-protection key ring),
    /// then import <c>content/</c> when <c>Hub:ImportOnStart</c>.
    /// Import problems are logged and the site starts with what is published.
    /// </summary>
    public static async Task PrepareHubAsync(this WebApplication app, CancellationToken ct = default)
    {
        await HubDatabase.MigrateAsync(app.Services, ct);
        // Before any hosted service starts: data protection reads its key ring from these tables on start.
        await IdentityStoreMigrator.MigrateAsync(app.Services, ct);
        if (app.Services.GetRequiredService<HubOptions>().ImportOnStart)
        {
            await ContentImport.RunOnStartAsync(app.Services, ct);
        }
    }
}
