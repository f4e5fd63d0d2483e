using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Editor;
using AiGovKh.Web.Editor.Checks;
using AiGovKh.Web.Identity;
using AiGovKh.Web.Infrastructure.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace AiGovKh.Web.Tests.Editor;

public sealed partial class EditorSetupTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> RunCreateAdminAsync(string stdin, params string[] args)
    {
        await hub.SeedOnceAsync();
        CreateAdminVerb.Input = () => new StringReader(stdin);
        await using var scope = hub.Services.CreateAsyncScope();
        var verb = scope.ServiceProvider.GetServices<ICommandLineVerb>().Single(v => v.Name == "create-admin");
        return await verb.RunAsync(args, Ct);
    }

    [Fact]
    public async Task Create_admin_reads_the_password_from_stdin_and_refuses_weak_ones()
    {
        Assert.Equal(2, await RunCreateAdminAsync("", "--email", "first-admin@mptc.gov.kh"));
        Assert.Equal(2, await RunCreateAdminAsync("x", "--email", "first-admin@mptc.gov.kh", "--password", "on the command line"));
        Assert.Equal(1, await RunCreateAdminAsync("Password1234!", "--email", "first-admin@mptc.gov.kh"));
        Assert.Equal(1, await RunCreateAdminAsync("short", "--email", "first-admin@mptc.gov.kh"));
        Assert.Equal(0, await RunCreateAdminAsync("angkor at sunrise with friends", "--email", "first-admin@mptc.gov.kh", "--name", "First admin"));
        Assert.Equal(1, await RunCreateAdminAsync("angkor at sunrise with friends", "--email", "first-admin@mptc.gov.kh"));

        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var admin = await users.FindByEmailAsync("first-admin@mptc.gov.kh");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, HubRoles.Administrator));
    }

    [Fact]
    public async Task No_account_exists_until_one_is_created()
    {
        await hub.SeedOnceAsync();
        var response = await hub.NewClient().PostFormAsync("/editor/account/sign-in", "/editor/account/sign-in", new() { ["Email"] = "admin@ai.gov.kh", ["Password"] = "admin" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Administrator_sets_up_the_authenticator_and_then_reaches_the_editor()
    {
        var user = await hub.UserAsync("new-admin@mptc.gov.kh", HubRoles.Contributor, "mptc");
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var u = (await users.FindByIdAsync(user.Id))!;
            await users.RemoveFromRoleAsync(u, HubRoles.Contributor);
            await users.AddToRoleAsync(u, HubRoles.Administrator);
        }
        var client = await hub.SignInAsync(user);
        Assert.Equal("/editor/account/two-factor", (await client.GetAsync("/editor/users", Ct)).Headers.Location!.OriginalString);

        var doc = await Fixtures.Html.ParseAsync(await client.GetAsync("/editor/account/two-factor", Ct));
        var key = doc.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var wrong = await client.PostFormAsync("/editor/account/two-factor", "/editor/account/two-factor?handler=Verify", new() { ["Code"] = "123456" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();
        var ok = await client.PostFormAsync("/editor/account/two-factor", "/editor/account/two-factor?handler=Verify", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var codes = (await Fixtures.Html.ParseAsync(ok)).QuerySelectorAll(".notice li code");
        Assert.Equal(10, codes.Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor/users", Ct)).StatusCode);
    }

    [Fact]
    public void Every_editor_string_exists_in_khmer_and_english()
    {
        var km = EditorText.Set(CultureInfo.GetCultureInfo("km"))!.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        var en = EditorText.Set(CultureInfo.InvariantCulture)!.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        Assert.Equal(en.Keys.Order(), km.Keys.Order());
        Assert.All(km, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        Assert.All(km.Where(kv => !kv.Key.StartsWith("App.", StringComparison.Ordinal)), kv => Assert.Matches(@"[\u1780-\u17FF]", kv.Value!));

        // Every literal key the pages use is defined.
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/AiGovKh.Web/Editor"));
        if (!Directory.Exists(root)) Assert.Skip("Source folder not found next to the test binaries.");
        var used = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .Distinct();
        Assert.All(used, key => Assert.True(en.ContainsKey(key), $"missing string {key}"));
    }

    [GeneratedRegex("\"((?:App|Nav|SignIn|Error|Field|TwoFactorSignIn|TwoFactor|Denied|Accept|Password|Notice|Check|Checks|Conflict|Edit|Workflow|Lang|Items|Filter|New|Dashboard|Revisions|Audit|Users|Media)\\.[A-Za-z0-9.]+)\"")]
    private static partial Regex KeyPattern();

    [Theory]
    [InlineData("ក\u200Bខ", true, false)]
    [InlineData("\u17B6ក", false, true)]
    [InlineData("ក\u17D2 ", false, true)]
    [InlineData("ក្ក", false, false)]
    [InlineData("កម្ពុជា", false, false)]
    public void Khmer_checks_find_zero_width_spaces_and_broken_clusters(string text, bool zwsp, bool broken)
    {
        Assert.Equal(zwsp, KhmerText.FirstZeroWidthSpace(text) is not null);
        Assert.Equal(broken, KhmerText.FirstBrokenCluster(text) is not null);
    }

    [Fact]
    public async Task Writing_checks_flag_missing_translation_and_links_to_missing_items()
    {
        await hub.SeedOnceAsync();
        await using var scope = hub.Services.CreateAsyncScope();
        var checks = scope.ServiceProvider.GetRequiredService<WritingChecks>();
        var input = new DraftInput(
            new DraftTexts("", "", "", [], []),
            new DraftTexts("Title", "", "See [this](item:no-such-item) and [that](item:what-is-ai).", [], []),
            Cms.Content.AudienceTier.Public, [], null, null);
        var found = await checks.RunAsync(input, null, Ct);
        Assert.Contains(found, c => c.Key == "Check.MissingTitle" && c.Locale == "km");
        Assert.Contains(found, c => c.Key == "Check.MissingBody" && c.Locale == "km");
        Assert.Contains(found, c => c.Key == "Check.MissingItem" && c.Detail == "no-such-item");
        Assert.DoesNotContain(found, c => c.Detail == "what-is-ai");
    }
}
