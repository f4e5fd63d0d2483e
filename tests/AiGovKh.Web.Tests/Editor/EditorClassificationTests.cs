using System.Net;
using System.Text.Json;
using AiGovKh.Cms.Workflow;
using static AiGovKh.Web.Tests.Editor.EditorWorkflowTests;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>An editor's change to audiences, topics or lesson order is reviewed like the text: the public sees it only once published.</summary>
public sealed class EditorClassificationTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(string Audiences, string Topics, int? Position)> ApiAsync(HttpClient client, string slug)
    {
        // A fresh query string each time: the question is what the database says, not what a cache kept.
        var response = await client.GetAsync($"/api/v1/content?type=lesson&locale=en&pageSize=50&t={Guid.NewGuid():N}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug);
        return (
            string.Join(",", item.GetProperty("audiences").EnumerateArray().Select(a => a.GetString())),
            string.Join(",", item.GetProperty("topics").EnumerateArray().Select(a => a.GetString())),
            item.GetProperty("position").ValueKind == JsonValueKind.Number ? item.GetProperty("position").GetInt32() : null);
    }

    /// <summary>The audience links in the lesson page's header (not the site menu).</summary>
    private static async Task<string> AudienceLinksAsync(HttpClient client, string slug)
    {
        var doc = await Fixtures.Html.ParseAsync(await client.GetAsync($"/en/lessons/{slug}", Ct));
        return string.Join(' ', doc.QuerySelectorAll("li.audiences a").Select(a => a.GetAttribute("href")));
    }

    private static async Task ReviewAndPublishAsync(HttpClient contributor, HttpClient reviewer, HttpClient publisher, int id, string note)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = note })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Publish")).StatusCode);
    }

    [Fact]
    public async Task Contributor_changes_audiences_and_order_in_a_draft_and_the_public_sees_them_only_after_publish()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("cls-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("cls-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("cls-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var anonymous = hub.NewClient();
        const string slug = "classified-lesson";
        const string title = "A lesson for many readers";

        var id = await CreateItemAsync(contributor, slug);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "មេរៀនសម្រាប់អ្នកអានច្រើន", title, extra: ("Form.Position", "2")))).StatusCode);
        await ReviewAndPublishAsync(contributor, reviewer, publisher, id, "First version");
        Assert.Equal(("public,students", "ai-basics", (int?)2), await ApiAsync(anonymous, slug));

        // The draft moves the lesson to leaders and policymakers, a new topic and a new place in the course.
        var fields = Draft(await BaseVersionAsync(contributor, id), "មេរៀនសម្រាប់អ្នកអានច្រើន", title)
            .Where(f => f.Item1 is not ("Form.Audiences" or "Form.Topics"))
            .Concat([("Form.Audiences", "Leaders"), ("Form.Audiences", "Policymakers"), ("Form.Topics", "governance"), ("Form.Position", "5")])
            .ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, fields)).StatusCode);

        // The editor shows the draft's classification…
        var edit = await Fixtures.Html.ParseAsync(await contributor.GetAsync($"/editor/items/{id}", Ct));
        Assert.NotNull(edit.QuerySelector("input[name='Form.Audiences'][value='Leaders']")!.GetAttribute("checked"));
        Assert.Null(edit.QuerySelector("input[name='Form.Audiences'][value='Public']")!.GetAttribute("checked"));
        // …the public does not, on the API or the site, even after it is submitted and approved.
        Assert.Equal(("public,students", "ai-basics", (int?)2), await ApiAsync(anonymous, slug));
        // (The lesson page is first asked for now, so no cached copy can hide what the database says.)
        Assert.Equal("/en/audiences/public /en/audiences/students", await AudienceLinksAsync(anonymous, slug));
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "For leaders" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
        Assert.Equal(("public,students", "ai-basics", (int?)2), await ApiAsync(anonymous, slug));

        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Publish")).StatusCode);
        Assert.Equal(("leaders,policymakers", "governance", (int?)5), await ApiAsync(anonymous, slug));
        // The page cache is evicted by the change feed in the background: wait for it (generously), no timing asserted.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string links;
        do
        {
            links = await AudienceLinksAsync(anonymous, slug);
            if (links.Contains("leaders", StringComparison.Ordinal)) break;
            await Task.Delay(100, Ct);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal("/en/audiences/leaders /en/audiences/policymakers", links);
    }

    [Fact]
    public async Task Revision_diff_shows_classification_changes()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("cls-d@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("cls-dr@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("cls-dp@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var id = await CreateItemAsync(contributor, "diffed-lesson");
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "មេរៀន", "Lesson"))).StatusCode);
        await ReviewAndPublishAsync(contributor, reviewer, publisher, id, "First");
        var fields = Draft(await BaseVersionAsync(contributor, id), "មេរៀន", "Lesson")
            .Where(f => f.Item1 != "Form.Topics").Append(("Form.Topics", "governance-and-policy")).ToArray();
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(contributor, id, fields)).StatusCode);

        var page = await contributor.GetStringAsync($"/editor/items/{id}/revisions", Ct);
        Assert.Contains("governance-and-policy", page);
        Assert.Contains("ai-basics", page);
    }
}
