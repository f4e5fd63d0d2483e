using System.Net;
using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>
/// The hub with editor accounts: two ministries (MoEYS, MAFF) plus MPTC, and helpers to create
/// users, sign in (including the authenticator step) and post forms with their antiforgery token.
/// </summary>
public class EditorFactory : HubFactory
{
    public const string Password = "mekong river at dawn 1987";
    private int _orgsSeeded;

    public int ThrottleLimit { get; protected set; } = 10_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:ThrottlePermitLimit", ThrottleLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = true,
    });

    public async Task<int> OrganisationAsync(string slug)
    {
        await SeedOnceAsync();
        if (Interlocked.Exchange(ref _orgsSeeded, 1) == 0)
        {
            await WithDatabaseAsync(async db =>
            {
                foreach (var (s, km, en) in new[] { ("moeys", "ក្រសួងអប់រំ យុវជន និងកីឡា", "MoEYS"), ("maff", "ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ", "MAFF") })
                {
                    if (!await db.Organisations.AnyAsync(o => o.Slug == s))
                        db.Organisations.Add(new Organisation { Slug = s, NameKm = km, NameEn = en });
                }
                await db.SaveChangesAsync();
            });
        }
        var id = 0;
        await WithDatabaseAsync(async db => id = await db.Organisations.Where(o => o.Slug == slug).Select(o => o.Id).SingleAsync());
        return id;
    }

    /// <summary>Creates an account; publishers and administrators get an authenticator key and 2FA on.</summary>
    public async Task<TestUser> UserAsync(string email, string role, string? organisation = null)
    {
        int? org = organisation is null ? null : await OrganisationAsync(organisation);
        await SeedOnceAsync();
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], OrganisationId = org, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        string? key = null;
        if (HubRoles.RequiresTwoFactor(role))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return new TestUser(user.Id, email, role, org, key);
    }

    /// <summary>A client signed in as <paramref name="user"/> (with the authenticator code when needed).</summary>
    public async Task<HttpClient> SignInAsync(TestUser user)
    {
        var client = NewClient();
        var response = await client.PostFormAsync("/editor/account/sign-in", "/editor/account/sign-in", new() { ["Email"] = user.Email, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        if (response.Headers.Location!.OriginalString.Contains("two-factor-sign-in", StringComparison.Ordinal))
        {
            var code = new Totp(Base32Encoding.ToBytes(user.AuthenticatorKey!)).ComputeTotp();
            response = await client.PostFormAsync("/editor/account/two-factor-sign-in", "/editor/account/two-factor-sign-in", new() { ["Code"] = code });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        return client;
    }

    public async Task<T> DbAsync<T>(Func<HubDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HubDbContext>());
    }

    public Task<Revision> CurrentRevisionAsync(int itemId) => DbAsync(async db =>
        WorkflowItems.Current(await db.Items.Include(i => i.Revisions).ThenInclude(r => r.Translations).SingleAsync(i => i.Id == itemId))!);
}

public sealed record TestUser(string Id, string Email, string Role, int? OrganisationId, string? AuthenticatorKey);

public static partial class EditorHttp
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pagePath)
    {
        var html = await client.GetStringAsync(pagePath, TestContext.Current.CancellationToken);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"No antiforgery token on {pagePath}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Loads <paramref name="pagePath"/> for its antiforgery token, then posts the form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pagePath, string action, Dictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync(pagePath);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        return await client.PostAsync(action, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    /// <summary>Like PostFormAsync, for forms with repeated keys (checkbox lists).</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string pagePath, string action, (string Key, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync(pagePath);
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }
}
