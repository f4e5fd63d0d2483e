using AiGovKh.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class ConfigurationTests
{
    private static readonly string Repository = RepositoryRoot.Find(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Tests run from a clone.");

    [Fact]
    public void In_a_clone_data_goes_to_repo_data_and_content_comes_from_repo_content()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = Path.Combine(Repository, "src", "AiGovKh.Web") });
        var options = builder.ReadHubOptions();
        Assert.Equal(Path.Combine(Repository, "data"), options.DataDirectory);
        Assert.Equal(Path.Combine(Repository, "content"), options.ContentDirectory);
        Assert.True(options.ImportOnStart);
    }

    [Fact]
    public void Outside_a_clone_both_folders_sit_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "aigovkh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root });
        var options = builder.ReadHubOptions();
        Assert.Equal(Path.Combine(root, "App_Data"), options.DataDirectory);
        Assert.Equal(Path.Combine(root, "content"), options.ContentDirectory);
        Assert.True(Directory.Exists(options.DataDirectory));
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "aigovkh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            Args = ["--Hub:DataDirectory=mydata", "--Hub:ContentDirectory=../material"],
        });
        var options = builder.ReadHubOptions();
        Assert.Equal(Path.Combine(root, "mydata"), options.DataDirectory);
        Assert.Equal(Path.GetFullPath(Path.Combine(root, "..", "material")), options.ContentDirectory);
    }

    [Fact]
    public void Every_bad_setting_is_named_at_once()
    {
        var root = Path.Combine(Path.GetTempPath(), "aigovkh-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "afile"), "");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = root,
            Args = ["--Hub:DataDirectory=afile", "--Hub:DatabaseProvider=postgres"],
        });
        var error = Assert.Throws<OptionsValidationException>(() => builder.ReadHubOptions());
        Assert.Contains(error.Failures, f => f.Contains("Hub:ConnectionString", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("is a file, not a folder", StringComparison.Ordinal));
    }
}
