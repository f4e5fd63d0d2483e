using AiGovKh.Cms;
using AiGovKh.Web.Api;
using AiGovKh.Web.Discovery;
using AiGovKh.Web.Downloads;
using AiGovKh.Web.Infrastructure.Caching;
using AiGovKh.Web.Infrastructure.CommandLine;
using AiGovKh.Web.Infrastructure.Compression;
using AiGovKh.Web.Infrastructure.Configuration;
using AiGovKh.Web.Infrastructure.Database;
using AiGovKh.Web.Infrastructure.Errors;
using AiGovKh.Web.Infrastructure.Health;
using AiGovKh.Web.Infrastructure.Localisation;
using AiGovKh.Web.Infrastructure.Security;
using AiGovKh.Web.Editor;
using AiGovKh.Web.Identity;
using AiGovKh.Web.Site;
using AiGovKh.Web.Webhooks;

var builder = WebApplication.CreateBuilder(args);
// Theme files from their project folders when run from a build rather than a publish (no-op when published).
builder.WebHost.UseStaticWebAssets();

// Services: one line per concern.
builder.Services.AddHubCms(builder.ReadHubOptions());
builder.Services.AddHubErrorPages();
builder.Services.AddHubSecurityHeaders();
builder.Services.AddHubLocalisation();
builder.Services.AddHubPageCompression();
builder.Services.AddHubOutputCache();
builder.Services.AddHubHealthChecks();
builder.Services.AddPublicSite();
builder.Services.AddHubSearch(builder.Configuration);
builder.Services.AddHubIdentity(builder.Configuration).AddEditor(builder.Configuration);
builder.Services.AddContentApi();
builder.Services.AddTeacherDownloads();
builder.Services.AddDiscovery();
builder.Services.AddWebhooks();
builder.Services.AddCommandLineVerb<ImportVerb>();

var app = builder.Build();

// `dotnet run --project src/AiGovKh.Web -- <command>` runs a command instead of serving.
if (await app.RunCommandLineVerbAsync(args) is { } exitCode)
{
    return exitCode;
}

await app.PrepareHubAsync();

// Request pipeline.
app.UseHubErrorPages();
app.UseSecurityHeaders();
app.UseRequestLocalization();
app.UseHubPageCompression();
app.UseRouting();
// Authentication before the output cache, so the cache can tell signed-in users apart.
app.UseAuthentication();
app.UseAuthorization();
app.UseContentApi();
app.UseOutputCache();

// Endpoints.
app.MapHubHealthChecks();
app.MapSearch();
app.MapEditor();
app.MapContentApi();
app.MapTeacherDownloads();
app.MapDiscovery();
app.MapPublicSite();

await app.RunAsync();
return 0;

public partial class Program;
