using System.Net;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_is_healthy_when_the_database_answers()
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Healthz_is_unavailable_when_the_database_is_broken()
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        await hub.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"ChangeFeed\""));
        var response = await client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
