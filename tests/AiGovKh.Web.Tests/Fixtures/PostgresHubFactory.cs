using AiGovKh.Web.Tests.Editor;
using Microsoft.AspNetCore.Hosting;

namespace AiGovKh.Web.Tests.Fixtures;

/// <summary>
/// The whole hub (editor accounts included) on a PostgreSQL database, configured the way an operator
/// would: <c>Hub:DatabaseProvider=postgres</c> and <c>Hub:ConnectionString</c>. Several factories may
/// share one database, as several nodes do; each keeps its own data folder (index, caches).
/// </summary>
public sealed class PostgresHubFactory(string connectionString) : EditorFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:DatabaseProvider", "postgres");
        builder.UseSetting("Hub:ConnectionString", connectionString);
        builder.UseSetting("Search:FeedPollInterval", "00:00:00.100");
    }
}
