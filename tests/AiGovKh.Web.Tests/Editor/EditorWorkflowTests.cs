using System.Net;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Editor;

public sealed class EditorWorkflowTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<int> CreateItemAsync(HttpClient client, string slug, string type = "Lesson", string? organisationId = null)
    {
        var fields = new Dictionary<string, string> { ["Slug"] = slug, ["Type"] = type, ["TitleKm"] = "មេរៀនថ្មី", ["TitleEn"] = "New lesson" };
        if (organisationId is not null) fields["OrganisationId"] = organisationId;
        var response = await client.PostFormAsync("/editor/items/new", "/editor/items/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static async Task<string> BaseVersionAsync(HttpClient client, int id)
    {
        var doc = await Html.ParseAsync(await client.GetAsync($"/editor/items/{id}", Ct));
        return doc.QuerySelector("input[name='Form.BaseVersion']")!.GetAttribute("value")!;
    }

    internal static (string, string)[] Draft(string baseVersion, string titleKm, string titleEn, string body = "Body text.", params (string, string)[] extra) =>
    [
        ("Form.BaseVersion", baseVersion),
        ("Form.Km.Title", titleKm), ("Form.Km.Summary", "សេចក្តីសង្ខេប"), ("Form.Km.Body", "អត្ថបទ " + body),
        ("Form.Km.Objectives", "យល់ពី AI"), ("Form.Km.Questions", "តើ AI ជាអ្វី? | ប្រព័ន្ធកុំព្យូទ័រ"),
        ("Form.En.Title", titleEn), ("Form.En.Summary", "Summary"), ("Form.En.Body", body),
        ("Form.En.Objectives", "Understand AI"), ("Form.En.Questions", "What is AI? | A computer system"),
        ("Form.Audiences", "Public"), ("Form.Audiences", "Students"), ("Form.Topics", "ai-basics"),
        .. extra,
    ];

    internal static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int id, (string, string)[] fields) =>
        await client.PostFieldsAsync($"/editor/items/{id}", $"/editor/items/{id}?handler=Save", fields);

    internal static Task<HttpResponseMessage> ActAsync(HttpClient client, int id, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync($"/editor/items/{id}", $"/editor/items/{id}?handler={handler}", fields ?? []);

    [Fact]
    public async Task Contributor_writes_reviewer_approves_publisher_publishes_and_it_is_public()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("flow-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("flow-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("flow-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));

        var id = await CreateItemAsync(contributor, "flow-lesson");
        var saved = await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "មេរៀនអំពី AI", "A lesson about AI", "This **lesson** explains AI."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "First version" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Publish")).StatusCode);

        var rev = await hub.CurrentRevisionAsync(id);
        Assert.Equal(RevisionState.Published, rev.State);
        Assert.Contains("<strong>lesson</strong>", rev.Translation("en")!.BodyHtml);
        var page = await hub.NewClient().GetAsync("/en/lessons/flow-lesson", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("A lesson about AI", await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Another_ministry_cannot_read_or_write_a_draft_by_id()
    {
        var owner = await hub.SignInAsync(await hub.UserAsync("own-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var outsider = await hub.SignInAsync(await hub.UserAsync("out-c@maff.gov.kh", HubRoles.Contributor, "maff"));
        var outsideReviewer = await hub.SignInAsync(await hub.UserAsync("out-r@maff.gov.kh", HubRoles.Reviewer, "maff"));
        var id = await CreateItemAsync(owner, "private-draft");
        var version = await BaseVersionAsync(owner, id);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/editor/items/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/editor/items/{id}/revisions", Ct)).StatusCode);
        // Posting needs a token from a page the outsider can load; the handler still answers 404.
        var token = await outsider.AntiforgeryTokenAsync("/editor/items/new");
        async Task<HttpStatusCode> Post(HttpClient c, string handler, params (string, string)[] fields)
        {
            var all = fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token));
            return (await c.PostAsync($"/editor/items/{id}?handler={handler}", new FormUrlEncodedContent(all), Ct)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.NotFound, await Post(outsider, "Save", Draft(version, "ខូច", "Defaced")));
        Assert.Equal(HttpStatusCode.NotFound, await Post(outsider, "Submit", ("ChangeNote", "x")));
        token = await outsideReviewer.AntiforgeryTokenAsync("/editor/items/new");
        await ActAsync(owner, id, "Submit", new() { ["ChangeNote"] = "ready" });
        Assert.Equal(HttpStatusCode.NotFound, await Post(outsideReviewer, "Approve"));
        Assert.DoesNotContain(await outsider.GetStringAsync("/editor/items", Ct), "private-draft");
        Assert.Equal("New lesson", (await hub.CurrentRevisionAsync(id)).Translation("en")!.Title);
        Assert.Equal(RevisionState.InReview, (await hub.CurrentRevisionAsync(id)).State);
    }

    [Fact]
    public async Task Roles_are_checked_on_the_server_not_by_hidden_buttons()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("role-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var other = await hub.SignInAsync(await hub.UserAsync("role-c2@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("role-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var id = await CreateItemAsync(contributor, "role-check");
        await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "ready" });

        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(other, id, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(other, id, "Force", new() { ["Reason"] = "I want it online right now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(reviewer, id, "Publish")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync(reviewer, id, "Archive")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/editor/audit", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/editor/users", Ct)).StatusCode);
        Assert.Equal(RevisionState.InReview, (await hub.CurrentRevisionAsync(id)).State);
    }

    [Fact]
    public async Task Reviewer_cannot_approve_their_own_revision_over_http()
    {
        var reviewer = await hub.SignInAsync(await hub.UserAsync("self-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var id = await CreateItemAsync(reviewer, "self-approve");
        await ActAsync(reviewer, id, "Submit", new() { ["ChangeNote"] = "mine" });
        var response = await ActAsync(reviewer, id, "Approve");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(RevisionState.InReview, (await hub.CurrentRevisionAsync(id)).State);
    }

    [Fact]
    public async Task State_author_and_organisation_are_never_bound_from_the_body()
    {
        var maff = await hub.OrganisationAsync("maff");
        var moeys = await hub.OrganisationAsync("moeys");
        var contributor = await hub.SignInAsync(await hub.UserAsync("mass@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var id = await CreateItemAsync(contributor, "mass-assign", organisationId: maff.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var saved = await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "ក", "Title", "Body",
            ("State", "Published"), ("Form.State", "Published"), ("AuthorId", "someone-else"), ("Form.AuthorId", "someone-else"),
            ("OrganisationId", maff.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Item.OrganisationId", "1"),
            ("ForcePublished", "true"), ("Role", "publisher")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var (org, rev) = await hub.DbAsync(async db =>
        {
            var item = await db.Items.Include(i => i.Revisions).SingleAsync(i => i.Id == id);
            return (item.OrganisationId, item.Revisions.Single());
        });
        Assert.Equal(moeys, org);
        Assert.Equal(RevisionState.Draft, rev.State);
        Assert.NotEqual("someone-else", rev.AuthorId);
        Assert.False(rev.ForcePublished);
    }

    [Fact]
    public async Task Two_editors_on_one_draft_get_a_conflict_and_both_versions_are_kept()
    {
        var first = await hub.SignInAsync(await hub.UserAsync("conf-a@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var second = await hub.SignInAsync(await hub.UserAsync("conf-b@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var id = await CreateItemAsync(first, "conflict-lesson");
        var version = await BaseVersionAsync(first, id);
        var versionSeenBySecond = await BaseVersionAsync(second, id);
        Assert.Equal(version, versionSeenBySecond);

        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(first, id, Draft(version, "កំណែ A", "Version A"))).StatusCode);
        var clash = await SaveAsync(second, id, Draft(versionSeenBySecond, "កំណែ B", "Version B"));
        Assert.Equal(HttpStatusCode.Conflict, clash.StatusCode);
        var doc = await Html.ParseAsync(clash);
        Assert.Contains("Version A", doc.QuerySelector("#conflict-h")!.ParentElement!.TextContent);
        Assert.Equal("Version B", doc.QuerySelector("#en-title")!.GetAttribute("value"));
        Assert.Equal("Version A", (await hub.CurrentRevisionAsync(id)).Translation("en")!.Title);

        // Saving again from the conflict page is a deliberate overwrite.
        var newBase = doc.QuerySelector("input[name='Form.BaseVersion']")!.GetAttribute("value")!;
        Assert.NotEqual(version, newBase);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(second, id, Draft(newBase, "កំណែ B", "Version B"))).StatusCode);
        Assert.Equal("Version B", (await hub.CurrentRevisionAsync(id)).Translation("en")!.Title);
    }

    [Fact]
    public async Task Force_publish_needs_a_reason_and_shows_not_reviewed()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("force-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("force-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("force-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var id = await CreateItemAsync(contributor, "urgent-notice", "Page");
        Assert.Equal(HttpStatusCode.BadRequest, (await ActAsync(publisher, id, "Force", new() { ["Reason"] = "now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, id, "Force", new() { ["Reason"] = "Flood warning from the ministry" })).StatusCode);
        var page = await reviewer.GetStringAsync($"/editor/items/{id}", Ct);
        Assert.Contains("Flood warning from the ministry", page);
        Assert.Contains("class=\"flag\"", page);
        Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "ConfirmReview")).StatusCode);
        Assert.NotNull((await hub.CurrentRevisionAsync(id)).ReviewedById);
    }

    [Fact]
    public async Task Revisions_can_be_compared_and_restored()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("rev-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("rev-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("rev-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var id = await CreateItemAsync(contributor, "revision-lesson");
        await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "ដើម", "Original title", "Original body"));
        await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "one" });
        await ActAsync(reviewer, id, "Approve");
        await ActAsync(publisher, id, "Publish");
        await SaveAsync(contributor, id, Draft(await BaseVersionAsync(contributor, id), "ថ្មី", "Changed title", "Changed body"));

        var diff = await contributor.GetStringAsync($"/editor/items/{id}/revisions", Ct);
        Assert.Contains("Original title", diff);
        Assert.Contains("Changed title", diff);
        Assert.True(diff.Contains("class=\"mod\"", StringComparison.Ordinal) || diff.Contains("class=\"del\"", StringComparison.Ordinal));

        var firstId = await hub.DbAsync(db => db.Revisions.Where(r => r.ContentItemId == id && r.Number == 1).Select(r => r.Id).SingleAsync());
        var restore = await contributor.PostFormAsync($"/editor/items/{id}/revisions", $"/editor/items/{id}/revisions?handler=Restore", new() { ["revisionId"] = firstId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var current = await hub.CurrentRevisionAsync(id);
        Assert.Equal(RevisionState.Draft, current.State);
        Assert.Equal("Original title", current.Translation("en")!.Title);
        Assert.Equal(2, current.Number);
    }

    [Fact]
    public async Task Audit_log_lists_who_did_what()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("audit-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var admin = await hub.SignInAsync(await hub.UserAsync("audit-a@mptc.gov.kh", HubRoles.Administrator, "mptc"));
        var id = await CreateItemAsync(contributor, "audited-lesson");
        await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "for the audit" });
        var doc = await Html.ParseAsync(await admin.GetAsync($"/editor/audit?item={id}", Ct));
        var rows = doc.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("submit") && r.Contains("audit-c") && r.Contains("for the audit"));
        Assert.Contains(rows, r => r.Contains("create"));
    }

    [Fact]
    public async Task Editor_pages_carry_strict_headers()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("headers@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var response = await contributor.GetAsync("/editor/items", Ct);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').First(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Empty((await Html.ParseAsync(response)).QuerySelectorAll("script"));
    }
}
