using System.Net.Http.Json;
using System.Text.Json;
using AiGovKh.Search.Indexing;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Web.Tests.Search;

/// <summary>A hub for search tests; optionally over a given data folder so a test can restart a node on the same index.</summary>
public sealed class SearchHub(string? dataDirectory = null) : HubFactory
{
    public string Data => dataDirectory ?? DataDirectory;

    public string IndexDirectory => Path.Combine(Data, "index");

    public SearchIndex Index => Services.GetRequiredService<SearchIndex>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (dataDirectory is not null) builder.UseSetting("Hub:DataDirectory", dataDirectory);
        builder.UseSetting("Search:FeedPollInterval", "00:00:00.100");
    }

    /// <summary>Asks the API until <paramref name="until"/> holds for the answer, or fails after <paramref name="seconds"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string query, Func<JsonElement, bool> until, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/search?" + query, TestContext.Current.CancellationToken);
            if (until(json)) return json;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"Search '{query}' did not reach the expected state in {seconds} s: {json}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public static bool Has(JsonElement json, string slug, string? locale = null) =>
        json.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("slug").GetString() == slug
            && (locale is null || i.GetProperty("locale").GetString() == locale));
}
