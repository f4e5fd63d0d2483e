using System.Net;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Infrastructure;

public sealed class ErrorPageTests
{
    [Theory]
    [InlineData("km", "មានបញ្ហាមួយបានកើតឡើង")]
    [InlineData("en", "Something went wrong")]
    public async Task Server_error_shows_a_friendly_page_in_the_readers_language_without_a_stack_trace(string locale, string heading)
    {
        await using var hub = new HubFactory();
        var client = await hub.CreateSeededClientAsync();
        await hub.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE \"Translations\""));

        var response = await client.GetAsync($"/{locale}/courses/{TestContent.Course}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(response);
        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.Text(".status-page h1"));
        Assert.DoesNotContain("SqliteException", body);
        Assert.DoesNotContain(" at ", body.Replace(" at the ", "", StringComparison.Ordinal));
    }
}
