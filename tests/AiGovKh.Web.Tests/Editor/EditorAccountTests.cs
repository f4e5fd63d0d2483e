using System.Diagnostics;
using System.Net;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Editor;

public sealed class EditorAccountTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> SignInPost(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null) fields["ReturnUrl"] = returnUrl;
        return client.PostFormAsync("/editor/account/sign-in", "/editor/account/sign-in", fields);
    }

    [Fact]
    public async Task Editor_requires_sign_in()
    {
        var response = await hub.NewClient().GetAsync("/editor/items", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editor/account/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_answer()
    {
        var user = await hub.UserAsync("same-answer@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var client = hub.NewClient();
        var wrong = await SignInPost(client, user.Email, "not the right password at all");
        var unknown = await SignInPost(client, "nobody-here@moeys.gov.kh", "not the right password at all");
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        var a = (await Fixtures.Html.ParseAsync(wrong)).QuerySelector(".error")?.TextContent;
        var b = (await Fixtures.Html.ParseAsync(unknown)).QuerySelector(".error")?.TextContent;
        Assert.NotNull(a);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_take_about_the_same_time()
    {
        var user = await hub.UserAsync("timing@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var client = hub.NewClient();
        await SignInPost(client, "warm-up@x.gov.kh", "warm up password here");
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            await SignInPost(client, user.Email, "wrong password number " + i);
            known.Add(sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            await SignInPost(client, $"unknown{i}@x.gov.kh", "wrong password number " + i);
            unknown.Add(sw.Elapsed.TotalMilliseconds);
        }
        var ratio = known.Average() / unknown.Average();
        // Both paths verify a PBKDF2 hash; without the decoy hash the unknown path is many times faster.
        Assert.InRange(ratio, 0.33, 3.0);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        var user = await hub.UserAsync("lockout@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var client = hub.NewClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await SignInPost(client, user.Email, "wrong password " + i)).StatusCode);
        var right = await SignInPost(client, user.Email, EditorFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(right.Headers.Location);

        await using var scope = hub.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(user.Email))!));
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        var client = hub.NewClient();
        await client.GetAsync("/editor/account/sign-in", Ct);
        var response = await client.PostAsync("/editor/account/sign-in",
            new FormUrlEncodedContent([new("Email", "a@b.gov.kh"), new("Password", "whatever whatever")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Workflow_post_without_antiforgery_token_is_refused()
    {
        var user = await hub.UserAsync("af-contrib@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var client = await hub.SignInAsync(user);
        var response = await client.PostAsync("/editor/items/new",
            new FormUrlEncodedContent([new("Slug", "no-token"), new("TitleEn", "x")]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/km/../../evil")]
    public async Task Sign_in_never_redirects_off_site(string returnUrl)
    {
        var user = await hub.UserAsync($"redirect{Math.Abs(returnUrl.GetHashCode())}@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var response = await SignInPost(hub.NewClient(), user.Email, EditorFactory.Password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_returns_to_a_local_editor_page()
    {
        var user = await hub.UserAsync("redirect-ok@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var response = await SignInPost(hub.NewClient(), user.Email, EditorFactory.Password, "/editor/items?type=Lesson");
        Assert.Equal("/editor/items?type=Lesson", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Session_cookie_is_secure_httponly_and_samesite()
    {
        var user = await hub.UserAsync("cookie@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var response = await SignInPost(hub.NewClient(), user.Email, EditorFactory.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(HubIdentitySetup.CookieName, StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Password_change_ends_the_other_sessions()
    {
        var user = await hub.UserAsync("change-pw@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var first = await hub.SignInAsync(user);
        var second = await hub.SignInAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/editor", Ct)).StatusCode);

        var change = await first.PostFormAsync("/editor/account/password", "/editor/account/password", new()
        {
            ["Current"] = EditorFactory.Password, ["NewPassword"] = "tonle sap lake in flood season", ["Confirm"] = "tonle sap lake in flood season",
        });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/editor", Ct)).StatusCode);
        var ended = await second.GetAsync("/editor", Ct);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/editor/account/sign-in", ended.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_blocks_sign_in()
    {
        var admin = await hub.UserAsync("admin-disable@mptc.gov.kh", HubRoles.Administrator, "mptc");
        var user = await hub.UserAsync("to-disable@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var victim = await hub.SignInAsync(user);
        var adminClient = await hub.SignInAsync(admin);
        var response = await adminClient.PostFormAsync("/editor/users", "/editor/users?handler=Disable", new() { ["userId"] = user.Id, ["disable"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/editor", Ct)).StatusCode);
        var again = await SignInPost(hub.NewClient(), user.Email, EditorFactory.Password);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Location);
    }

    [Fact]
    public async Task Publisher_password_alone_is_not_enough()
    {
        var publisher = await hub.UserAsync("pub-2fa@mptc.gov.kh", HubRoles.Publisher, "mptc");
        var client = hub.NewClient();
        var response = await SignInPost(client, publisher.Email, EditorFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("two-factor-sign-in", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/editor/items", Ct)).StatusCode);
        var wrong = await client.PostFormAsync("/editor/account/two-factor-sign-in", "/editor/account/two-factor-sign-in", new() { ["Code"] = "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
    }

    [Fact]
    public async Task Publisher_without_two_factor_is_sent_to_set_it_up()
    {
        var user = await hub.UserAsync("pub-no2fa@mptc.gov.kh", HubRoles.Contributor, "mptc");
        await using (var scope = hub.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
            var u = (await users.FindByIdAsync(user.Id))!;
            await users.RemoveFromRoleAsync(u, HubRoles.Contributor);
            await users.AddToRoleAsync(u, HubRoles.Publisher);
        }
        var client = await hub.SignInAsync(user);
        var page = await client.GetAsync("/editor/items", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/editor/account/two-factor", page.Headers.Location!.OriginalString);
        var setup = await client.GetAsync("/editor/account/two-factor", Ct);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        var qr = await client.GetAsync("/editor/account/two-factor?handler=Qr", Ct);
        Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Invitation_link_sets_a_password_that_passes_the_policy()
    {
        var admin = await hub.UserAsync("admin-invite@mptc.gov.kh", HubRoles.Administrator, "mptc");
        var moeys = await hub.OrganisationAsync("moeys");
        var adminClient = await hub.SignInAsync(admin);
        var invite = await adminClient.PostFormAsync("/editor/users", "/editor/users?handler=Invite", new()
        {
            ["Email"] = "invited@moeys.gov.kh", ["DisplayName"] = "Sokha", ["Role"] = HubRoles.Contributor, ["OrganisationId"] = moeys.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var doc = await Fixtures.Html.ParseAsync(invite);
        var link = new Uri(doc.QuerySelector("#invitation-link")!.TextContent.Trim());
        var pathAndQuery = link.PathAndQuery;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);

        var guest = hub.NewClient();
        async Task<HttpResponseMessage> Accept(string pw, string? token = null) => await guest.PostFormAsync(pathAndQuery, "/editor/account/accept", new()
        {
            ["user"] = query["user"]!, ["Token"] = token ?? query["token"]!, ["Password"] = pw, ["Confirm"] = pw,
        });
        Assert.Contains(Texts("Password.TooShort"), await (await Accept("short pw")).Content.ReadAsStringAsync(Ct));
        Assert.Contains(Texts("Password.TooCommon"), await (await Accept("Password1234!")).Content.ReadAsStringAsync(Ct));
        Assert.Contains(Texts("Accept.Invalid"), await (await Accept("a good long passphrase 77", "forged-token")).Content.ReadAsStringAsync(Ct));
        var ok = await Accept("rice fields after the rain 2026");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        // The link works once.
        Assert.Contains(Texts("Accept.Invalid"), await (await Accept("another long passphrase 88")).Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public void Common_passwords_are_refused_by_the_validator()
    {
        Assert.True(CommonPasswordValidator.IsCommon("Password1234!"));
        Assert.True(CommonPasswordValidator.IsCommon("123456789012"));
        Assert.True(CommonPasswordValidator.IsCommon("aaaaaaaaaaaa"));
        Assert.True(CommonPasswordValidator.IsCommon("qwertyuiop12"));
        Assert.True(CommonPasswordValidator.IsCommon("Cambodia2026!!"));
        Assert.False(CommonPasswordValidator.IsCommon("rice fields after the rain 2026"));
    }

    private static string Texts(string key) =>
        System.Net.WebUtility.HtmlEncode(AiGovKh.Web.Editor.EditorText.Lookup(key, System.Globalization.CultureInfo.GetCultureInfo("km"))!);
}
