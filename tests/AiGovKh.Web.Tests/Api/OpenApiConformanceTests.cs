using System.Net;
using System.Text.Json;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Api;

/// <summary>
/// Reads /openapi/v1.json and calls every operation with the values it declares (each enum value, each
/// integer bound, a known and an unknown slug, a bad value per parameter, a matching ETag), then checks each
/// answer's status, content type and body against what the document says for that status.
/// </summary>
public sealed class OpenApiConformanceTests(ApiHub hub) : IClassFixture<ApiHub>
{
    [Fact]
    public async Task Document_is_openapi_3_1_and_lists_every_content_endpoint()
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiHub.JsonAsync(response);
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Superset(
            new HashSet<string> { "/api/v1/content", "/api/v1/content/{slug}", "/api/v1/courses/{slug}", "/api/v1/organisations", "/api/v1/glossary", "/api/v1/changes" },
            paths.ToHashSet());
        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reference_page_is_served()
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync("/api/docs/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_operation_answers_as_its_schemas_declare()
    {
        var client = await hub.CreateApiClientAsync();
        var document = await ApiHub.JsonAsync(await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var check = new SchemaCheck(document);
        var calls = 0;
        var statuses = new HashSet<int>();

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            // The content API's own operations (search has its own tests; see the report for a finding there).
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name == "get" && IsContentApi(o.Value)))
            {
                foreach (var (url, expected) in Requests(path.Name, operation.Value))
                {
                    var response = await ApiHub.GetAsync(client, url);
                    calls++;
                    statuses.Add((int)response.StatusCode);
                    if (expected is { } status)
                    {
                        Assert.True((int)response.StatusCode == status, $"{url}: expected {status}, got {(int)response.StatusCode}");
                    }
                    await CheckAnswerAsync(check, operation.Value, url, response);
                    if (response.StatusCode == HttpStatusCode.OK && response.Headers.ETag is { } etag)
                    {
                        var again = await ApiHub.GetAsync(client, url, ifNoneMatch: etag.Tag);
                        calls++;
                        statuses.Add((int)again.StatusCode);
                        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
                        await CheckAnswerAsync(check, operation.Value, url + " (If-None-Match)", again);
                    }
                }
            }
        }

        Assert.True(check.Errors.Count == 0, string.Join("\n", check.Errors.Take(40)));
        Assert.True(calls > 60, $"only {calls} calls");
        Assert.Superset(new HashSet<int> { 200, 304, 400, 404 }, statuses);
    }

    private static bool IsContentApi(JsonElement operation) =>
        operation.TryGetProperty("tags", out var tags) && tags.EnumerateArray().Any(t => t.GetString() is "Content" or "Reference" or "Sync");

    private static async Task CheckAnswerAsync(SchemaCheck check, JsonElement operation, string url, HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.GetProperty("responses").TryGetProperty(status, out var declared))
        {
            check.Errors.Add($"{url}: status {status} is not declared");
            return;
        }
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (!declared.TryGetProperty("content", out var content))
        {
            if (body.Length > 0)
            {
                check.Errors.Add($"{url}: {status} declares no body but has one");
            }
            return;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!content.TryGetProperty(mediaType, out var media))
        {
            check.Errors.Add($"{url}: {status} content type '{mediaType}' is not declared");
            return;
        }
        check.Check(JsonDocument.Parse(body).RootElement, media.GetProperty("schema"), url);
    }

    /// <summary>The requests made for one operation, with the status each must get (null: any declared one).</summary>
    private static IEnumerable<(string Url, int? Status)> Requests(string template, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
        var knownSlug = template.Contains("/courses/", StringComparison.Ordinal) ? TestContent.Course : TestContent.Lesson1;
        string Url(string slug, string query) => template.Replace("{slug}", slug, StringComparison.Ordinal) + query;

        yield return (Url(knownSlug, ""), 200);
        if (template.Contains("{slug}", StringComparison.Ordinal))
        {
            yield return (Url("no-such-slug", ""), 404);
            yield return (Url(TestContent.Lesson2EnglishOnly, "?locale=km"), template.Contains("/courses/", StringComparison.Ordinal) ? 404 : 200);
        }
        foreach (var parameter in parameters.Where(x => x.GetProperty("in").GetString() == "query"))
        {
            var name = parameter.GetProperty("name").GetString()!;
            var schema = parameter.GetProperty("schema");
            foreach (var value in GoodValues(name, schema))
            {
                yield return (Url(knownSlug, $"?{name}={Uri.EscapeDataString(value)}"), 200);
            }
            // Free text (a search query) accepts any characters; only a constrained parameter must refuse them.
            yield return (Url(knownSlug, $"?{name}=%21%21bad%21%21"), IsConstrained(schema) ? 400 : null);
        }
    }

    private static bool IsConstrained(JsonElement schema) =>
        schema.TryGetProperty("enum", out _)
        || schema.TryGetProperty("pattern", out _)
        || schema.TryGetProperty("format", out _)
        || (schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "integer" or "number" or "boolean")
        || (schema.TryGetProperty("type", out var types) && types.ValueKind == JsonValueKind.Array && types.EnumerateArray().Any(t => t.GetString() is "integer" or "number"));

    private static IEnumerable<string> GoodValues(string name, JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Select(v => v.GetString()!);
        }
        if (schema.TryGetProperty("minimum", out var min) && schema.TryGetProperty("maximum", out var max))
        {
            return [min.ToString(), max.ToString()];
        }
        if (schema.TryGetProperty("default", out var fallback))
        {
            return [fallback.ToString()];
        }
        return name switch
        {
            "updatedSince" => ["2026-01-01T00:00:00Z"],
            "topic" => ["safety"],
            "organisation" => ["mptc"],
            _ => [],
        };
    }
}
