using System.Net;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using AiGovKh.Web.Tests.Editor;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Tests.Search;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Infrastructure;

/// <summary>
/// The whole web host on PostgreSQL (<c>Hub:DatabaseProvider=postgres</c>), each test on its own fresh
/// database; several hosts on one database play several nodes. Skipped, with the reason, when
/// <c>AIGOVKH_TEST_POSTGRES</c> is not set.
/// </summary>
[Collection(PostgresHostCollection.Name)]
public sealed class PostgresHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Host_on_postgresql_migrates_both_stores_and_serves_site_api_search_and_health()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = new PostgresHubFactory(database.ConnectionString);
        var client = await hub.CreateSeededClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Ct)).StatusCode);
        var (_, home) = await client.GetPageAsync("/km");
        Assert.Equal("km", home.DocumentElement.GetAttribute("lang"));
        var (_, lesson) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson1}");
        Assert.Equal(TestContent.Lesson1TitleEn, lesson.Text("h1"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/en/lessons/{TestContent.Lesson1.ToUpperInvariant()}", Ct)).StatusCode);

        var listing = await client.GetStringAsync("/api/v1/content?locale=en&pageSize=100", Ct);
        Assert.Contains($"\"slug\":\"{TestContent.Lesson1}\"", listing);
        Assert.DoesNotContain($"\"slug\":\"{TestContent.DraftOnly}\"", listing);

        var found = await SearchHub.WaitForAsync(client, "q=AI&lang=en", j => SearchHub.Has(j, TestContent.Lesson1), seconds: 60);
        Assert.True(SearchHub.Has(found, TestContent.Lesson1, "en"));
        var (_, results) = await client.GetPageAsync("/km/search?q=" + Uri.EscapeDataString("បញ្ញាសិប្បនិម្មិត"));
        Assert.NotNull(results.QuerySelector($"a[href='/km/lessons/{TestContent.Lesson1}']"));

        await hub.WithDatabaseAsync(async db =>
        {
            Assert.IsType<PostgresHubDbContext>(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        });
        await using var scope = hub.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>();
        Assert.IsType<PostgresIdentityStoreDbContext>(identity);
        Assert.Empty(await identity.Database.GetPendingMigrationsAsync(Ct));
        Assert.Equal(HubRoles.All.Length, await identity.Roles.CountAsync(Ct));
    }

    [Fact]
    public async Task Api_answers_on_postgresql_are_the_same_as_on_sqlite()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var postgres = new PostgresHubFactory(database.ConnectionString);
        await using var sqlite = new HubFactory();
        var onPostgres = await postgres.CreateSeededClientAsync();
        var onSqlite = await sqlite.CreateSeededClientAsync();

        foreach (var path in new[]
        {
            "/api/v1/content?locale=en&pageSize=100",
            "/api/v1/content?locale=km&type=lesson&audience=students",
            $"/api/v1/content/{TestContent.Lesson1}?locale=km",
            $"/api/v1/courses/{TestContent.Course}?locale=en",
            "/api/v1/changes?since=0&limit=3",
            "/api/v1/changes?since=3&limit=100",
            "/api/v1/organisations",
            "/api/v1/glossary?locale=km",
        })
        {
            var expected = await onSqlite.GetAsync(path, Ct);
            var actual = await onPostgres.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, expected.StatusCode);
            Assert.Equal(expected.StatusCode, actual.StatusCode);
            Assert.Equal(await expected.Content.ReadAsStringAsync(Ct), await actual.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task Two_hosts_starting_together_on_an_empty_database_both_migrate_and_serve()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var nodeA = new PostgresHubFactory(database.ConnectionString);
        await using var nodeB = new PostgresHubFactory(database.ConnectionString);

        var clients = await Task.WhenAll(Task.Run(nodeA.CreateClient, Ct), Task.Run(nodeB.CreateClient, Ct));

        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Ct)).StatusCode);
        }
        await nodeB.WithDatabaseAsync(async db => Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct)));
        await using var scope = nodeB.Services.CreateAsyncScope();
        Assert.Equal(HubRoles.All.Length, await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().Roles.CountAsync(Ct));
    }

    [Fact]
    public async Task Two_hosts_on_one_database_accept_each_others_sign_in_cookie()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var nodeA = new PostgresHubFactory(database.ConnectionString);
        await using var nodeB = new PostgresHubFactory(database.ConnectionString);
        var user = await nodeA.UserAsync("writer@moeys.gov.kh", HubRoles.Contributor, "moeys");
        var signIn = await nodeA.NewClient().PostFormAsync("/editor/account/sign-in", "/editor/account/sign-in",
            new() { ["Email"] = user.Email, ["Password"] = EditorFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = signIn.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith(HubIdentitySetup.CookieName + "=", StringComparison.Ordinal));

        var b = nodeB.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var anonymous = await b.GetAsync("/editor", Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/editor/account/sign-in", anonymous.Headers.Location!.OriginalString);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor");
        request.Headers.Add("Cookie", session);
        var signedIn = await b.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(user.Email.Split('@')[0], await signedIn.Content.ReadAsStringAsync(Ct));
    }
}

/// <summary>Host tests on PostgreSQL run one at a time: they create and drop databases on the shared server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresHostCollection
{
    public const string Name = "PostgreSQL hosts";
}
