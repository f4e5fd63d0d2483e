using System.Net;
using System.Text.Json;
using AiGovKh.Cms.Workflow;
using static AiGovKh.Web.Tests.Editor.EditorWorkflowTests;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>A stale translation stays flagged in the public API across publishes until it is updated or confirmed.</summary>
public sealed class EditorStalenessTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<bool> ApiStaleAsync(HttpClient client, string slug, string locale)
    {
        var response = await client.GetAsync($"/api/v1/content/{slug}?locale={locale}&t={Guid.NewGuid():N}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(locale, json.RootElement.GetProperty("locale").GetString());
        return json.RootElement.GetProperty("stale").GetBoolean();
    }

    [Fact]
    public async Task Stale_khmer_stays_flagged_through_publishes_until_a_later_draft_confirms_it()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("st-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("st-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("st-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var anonymous = hub.NewClient();
        const string slug = "stale-over-time";
        var id = await CreateItemAsync(contributor, slug);

        async Task PublishAsync(string note)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = note })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Publish")).StatusCode);
        }
        async Task SaveDraftAsync(string en, params (string, string)[] extra) =>
            Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "ការប្រែប្រួល", en, extra: extra))).StatusCode);

        await SaveDraftAsync("Changes");
        await PublishAsync("First");
        Assert.False(await ApiStaleAsync(anonymous, slug, "km"));

        // Revision 2 edits only English: Khmer is stale, in the editor and, once published, in the API.
        await SaveDraftAsync("Changes over time");
        await PublishAsync("English only");
        Assert.True(await ApiStaleAsync(anonymous, slug, "km"));
        Assert.False(await ApiStaleAsync(anonymous, slug, "en"));

        // Revision 3 (a change to something else) still carries the flag, and the editor offers the confirmation.
        await SaveDraftAsync("Changes over time", ("Form.Position", "4"));
        var edit = await contributor.GetStringAsync($"/editor/items/{id}", Ct);
        Assert.Contains("name=\"Form.ConfirmKm\"", edit);
        await PublishAsync("Order");
        Assert.True(await ApiStaleAsync(anonymous, slug, "km"));

        // Revision 4 confirms the Khmer text still matches: the public flag clears only once it is published.
        await SaveDraftAsync("Changes over time", ("Form.Position", "4"), ("Form.ConfirmKm", "true"));
        Assert.DoesNotContain("name=\"Form.ConfirmKm\"", await contributor.GetStringAsync($"/editor/items/{id}", Ct));
        Assert.True(await ApiStaleAsync(anonymous, slug, "km"));
        await PublishAsync("Khmer confirmed");
        Assert.False(await ApiStaleAsync(anonymous, slug, "km"));
        var confirmations = await hub.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.AuditLog, a => a.ContentItemId == id && a.Action == ReviewAudit.ConfirmTranslation && a.Detail == "km", Ct));
        Assert.Equal(1, confirmations);
    }
}
