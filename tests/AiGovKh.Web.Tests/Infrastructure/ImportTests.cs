using System.Diagnostics;
using System.Net;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class ImportTests
{
    private sealed class ImportingHub : HubFactory
    {
        public ImportingHub()
        {
            ContentFolder.WriteOrganisations(ContentDirectory);
            ContentFolder.WritePage(ContentDirectory, "welcome", "សូមស្វាគមន៍", "Welcome");
            ContentFolder.WriteBrokenItem(ContentDirectory, "broken");
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:ImportOnStart", "true");
        }
    }

    [Fact]
    public async Task Start_imports_the_content_folder_and_a_bad_file_does_not_stop_the_site()
    {
        await using var hub = new ImportingHub();
        var client = hub.CreateClient();

        var (_, page) = await client.GetPageAsync("/km/pages/welcome");
        Assert.Equal("សូមស្វាគមន៍", page.QuerySelector("article h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll(".prose h1"));
        await client.GetPageAsync("/en/pages/broken", HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Import_command_reports_each_problem_and_exits_1()
    {
        var root = NewFolder();
        ContentFolder.WriteOrganisations(Path.Combine(root, "content"));
        ContentFolder.WritePage(Path.Combine(root, "content"), "welcome", "សូមស្វាគមន៍", "Welcome");
        ContentFolder.WriteBrokenItem(Path.Combine(root, "content"), "broken");

        var (exitCode, output) = await RunHostAsync(root, "import");

        Assert.Equal(1, exitCode);
        Assert.Contains("pages/broken/en.md", output);
        Assert.Contains("1 added, 0 updated, 0 unchanged, 1 errors", output);
    }

    [Fact]
    public async Task Import_command_exits_0_when_all_is_well_and_never_duplicates()
    {
        var root = NewFolder();
        ContentFolder.WriteOrganisations(Path.Combine(root, "content"));
        ContentFolder.WritePage(Path.Combine(root, "content"), "welcome", "សូមស្វាគមន៍", "Welcome");

        var first = await RunHostAsync(root, "import");
        var second = await RunHostAsync(root, "import");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 0 updated, 0 unchanged, 0 errors", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 added, 0 updated, 1 unchanged, 0 errors", second.Output);
    }

    [Fact]
    public async Task Unknown_command_lists_the_commands_and_exits_2()
    {
        var (exitCode, output) = await RunHostAsync(NewFolder(), "frobnicate");
        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown command 'frobnicate'", output);
        Assert.Contains("import", output);
    }

    [Fact]
    public async Task Invalid_settings_stop_the_host_with_a_clear_message()
    {
        var (exitCode, output) = await RunHostAsync(NewFolder(), "import", "--Hub:DatabaseProvider=oracle");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("Hub:DatabaseProvider must be 'sqlite' or 'postgres', not 'oracle'", output);
    }

    private static string NewFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "aigovkh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "content"));
        return root;
    }

    /// <summary>Runs the built host (AiGovKh.Web.dll beside the tests) as a separate process.</summary>
    private static async Task<(int ExitCode, string Output)> RunHostAsync(string root, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AiGovKh.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add($"--Hub:DataDirectory={Path.Combine(root, "data")}");
        start.ArgumentList.Add($"--Hub:ContentDirectory={Path.Combine(root, "content")}");
        start.ArgumentList.Add("--contentRoot=" + root);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
