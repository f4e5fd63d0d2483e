using System.Net;

namespace AiGovKh.Web.Tests.Api;

public sealed class ApiProblemTests(ApiHub hub) : IClassFixture<ApiHub>
{
    [Theory]
    [InlineData("/api/v1/content?type=lessons", "type")]
    [InlineData("/api/v1/content?type=", "type")]
    [InlineData("/api/v1/content?audience=everyone", "audience")]
    [InlineData("/api/v1/content?audience=Public", "audience")]
    [InlineData("/api/v1/content?topic=Not%20A%20Key", "topic")]
    [InlineData("/api/v1/content?organisation=../etc", "organisation")]
    [InlineData("/api/v1/content?locale=fr", "locale")]
    [InlineData("/api/v1/content?locale=", "locale")]
    [InlineData("/api/v1/content?updatedSince=yesterday", "updatedSince")]
    [InlineData("/api/v1/content?updatedSince=2026-13-45", "updatedSince")]
    [InlineData("/api/v1/content?page=0", "page")]
    [InlineData("/api/v1/content?page=-1", "page")]
    [InlineData("/api/v1/content?page=abc", "page")]
    [InlineData("/api/v1/content?page=99999999999999999999", "page")]
    [InlineData("/api/v1/content?pageSize=0", "pageSize")]
    [InlineData("/api/v1/content?pageSize=101", "pageSize")]
    [InlineData("/api/v1/content?pageSize=1.5", "pageSize")]
    [InlineData("/api/v1/content/what-is-ai?locale=xx", "locale")]
    [InlineData("/api/v1/courses/ai-basics?locale=EN", "locale")]
    [InlineData("/api/v1/organisations?locale=de", "locale")]
    [InlineData("/api/v1/glossary?locale=1", "locale")]
    [InlineData("/api/v1/changes?since=abc", "since")]
    [InlineData("/api/v1/changes?since=-5", "since")]
    [InlineData("/api/v1/changes?since=999999", "since")]
    [InlineData("/api/v1/changes?limit=0", "limit")]
    [InlineData("/api/v1/changes?limit=501", "limit")]
    public async Task Bad_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        var client = await hub.CreateApiClientAsync();
        var response = await ApiHub.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await ApiHub.JsonAsync(response);
        Assert.Equal(400, json.GetProperty("status").GetInt32());
        Assert.True(json.GetProperty("errors").TryGetProperty(parameter, out var messages), $"errors should name '{parameter}'");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Contains(parameter, json.GetProperty("detail").GetString());
        var body = json.ToString();
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_named()
    {
        var client = await hub.CreateApiClientAsync();
        var json = await ApiHub.JsonAsync(await ApiHub.GetAsync(client, "/api/v1/content?type=x&pageSize=1000&page=0"));
        var names = json.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["page", "pageSize", "type"], names);
    }
}
