using AiGovKh.Cms;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Infrastructure.Database;

public static class StartupTasks
{
    /// <summary>
    /// Before serving: migrate the database, then import <c>content/</c> when <c>Hub:ImportOnStart</c>.
    /// A failed import is logged and the site starts with what is already published.
    /// </summary>
    public static async Task PrepareHubAsync(this WebApplication app, CancellationToken ct = default)
    {
        await app.Services.MigrateHubDatabaseAsync(ct);
        var hub = app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
        if (hub.ImportOnStart)
        {
            await ContentImport.RunOnStartAsync(app.Services, ct);
        }
    }
}
