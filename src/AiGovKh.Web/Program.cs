using AiGovKh.Cms;
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
builder.Services.AddHubIdentity(builder.Configuration).AddEditor(builder.Configuration);
builder.Services.AddHubSearch(builder.Configuration);
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
// Authentication and authorisation belong here, before the output cache, so it can tell signed-in users apart.
app.UseOutputCache();

// Endpoints.
app.MapHubHealthChecks();
app.MapEditor();
app.MapSearch();
app.MapPublicSite();

await app.RunAsync();
return 0;

public partial class Program;
