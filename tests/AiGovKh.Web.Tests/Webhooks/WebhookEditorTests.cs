using System.Net;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Editor;
using AiGovKh.Web.Tests.Fixtures;
using AiGovKh.Web.Editor;
using AiGovKh.Web.Webhooks;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Webhooks;

/// <summary>The administrator's webhook pages: who may use them, what they refuse, the secret shown once, the delivery log.</summary>
public sealed class WebhookEditorTests(WebhookHub hub) : IClassFixture<WebhookHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int _users;

    private async Task<HttpClient> AdminAsync() =>
        await hub.SignInAsync(await hub.UserAsync($"admin{Interlocked.Increment(ref _users)}@mptc.gov.kh", HubRoles.Administrator, "mptc"));

    /// <summary>Adds a subscription through the page; returns its id and the secret the page showed.</summary>
    private static async Task<(int Id, string Secret, IDocument Page)> CreateAsync(HttpClient admin, string name, string url, params string[] events)
    {
        var fields = new List<(string, string)> { ("Name", name), ("Url", url) };
        fields.AddRange((events.Length == 0 ? WebhookEvents.Subscribable : events).Select(e => ("Events", e)));
        var response = await admin.PostFieldsAsync("/editor/webhooks", "/editor/webhooks?handler=Create", [.. fields]);
        var page = await Html.ParseAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK, page.QuerySelector("#webhook-error")?.TextContent ?? response.StatusCode.ToString());
        // The only answer that carries the secret is never stored by a browser or a proxy.
        Assert.True(response.Headers.CacheControl?.NoStore, "the page with the secret must be Cache-Control: no-store");
        var secret = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#new-secret")!.Value;
        var link = page.QuerySelector(".notice a[href^='/editor/webhooks/']")!.GetAttribute("href")!;
        return (int.Parse(link["/editor/webhooks/".Length..], System.Globalization.CultureInfo.InvariantCulture), secret, page);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, int id, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync($"/editor/webhooks/{id}", $"/editor/webhooks/{id}?handler={handler}", fields ?? []);

    [Fact]
    public async Task Only_administrators_may_use_any_webhook_handler()
    {
        var admin = await AdminAsync();
        var (id, _, _) = await CreateAsync(admin, "guarded", "https://ok.example/guarded");
        var handlers = new (string Path, Dictionary<string, string> Fields)[]
        {
            ("/editor/webhooks?handler=Create", new() { ["Name"] = "sneaky", ["Url"] = "https://ok.example/sneaky", ["Events"] = "publish" }),
            ($"/editor/webhooks/{id}?handler=Ping", []),
            ($"/editor/webhooks/{id}?handler=Enable", new() { ["enable"] = "false" }),
            ($"/editor/webhooks/{id}?handler=Rotate", []),
            ($"/editor/webhooks/{id}?handler=Delete", []),
        };
                foreach (var (role, org) in new[] { (HubRoles.Contributor, "moeys"), (HubRoles.Reviewer, "moeys"), (HubRoles.Publisher, "mptc") })
        {
            var client = await hub.SignInAsync(await hub.UserAsync($"{role}{Interlocked.Increment(ref _users)}@gov.kh", role, org));
            foreach (var path in new[] { "/editor/webhooks", $"/editor/webhooks/{id}", $"/editor/webhooks/{id}?p=2" })
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path, Ct)).StatusCode);
            }
            foreach (var (path, fields) in handlers)
            {
                // A valid antiforgery token (from a page they may see), so only the role decides.
                var response = await client.PostFormAsync("/editor/account/password", path, fields);
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {path}: {response.StatusCode}");
            }
            var doc = await Html.ParseAsync(await client.GetAsync("/editor", Ct));
            Assert.Null(doc.QuerySelector("a[href='/editor/webhooks']"));
        }
        var anonymous = hub.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/editor/webhooks", Ct)).StatusCode);

        var subscription = await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == id));
        Assert.True(subscription.Enabled);
        Assert.False(await hub.StoreAsync(db => db.Subscriptions.AnyAsync(s => s.Name == "sneaky")));
        Assert.DoesNotContain(hub.Receiver.To("ok.example"), r => r.Url.AbsolutePath == "/guarded" && r.Headers["X-AiGovKh-Event"] == "ping");
        var home = await Html.ParseAsync(await admin.GetAsync("/editor", Ct));
        Assert.NotNull(home.QuerySelector("a[href='/editor/webhooks']"));
    }

    [Fact]
    public async Task Posts_without_an_antiforgery_token_are_refused()
    {
        var admin = await AdminAsync();
        var (id, _, _) = await CreateAsync(admin, "csrf-target", "https://ok.example/csrf");
        var forms = new (string Path, Dictionary<string, string> Fields)[]
        {
            ("/editor/webhooks?handler=Create", new() { ["Name"] = "csrf-new", ["Url"] = "https://ok.example/x", ["Events"] = "publish" }),
            ($"/editor/webhooks/{id}?handler=Ping", []),
            ($"/editor/webhooks/{id}?handler=Enable", new() { ["enable"] = "false" }),
            ($"/editor/webhooks/{id}?handler=Rotate", []),
            ($"/editor/webhooks/{id}?handler=Delete", []),
        };
        foreach (var (path, fields) in forms)
        {
            var response = await admin.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
        }
        Assert.False(await hub.StoreAsync(db => db.Subscriptions.AnyAsync(s => s.Name == "csrf-new")));
        Assert.True((await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == id))).Enabled);
    }

    [Theory]
    [InlineData("http://receiver.example/hook", "Webhooks.UrlScheme")]
    [InlineData("ftp://receiver.example/hook", "Webhooks.UrlScheme")]
    [InlineData("file:///etc/passwd", "Webhooks.UrlScheme")]
    [InlineData("javascript:alert(1)", "Webhooks.UrlScheme")]
    [InlineData("https://user:secret@receiver.example/hook", "Webhooks.UrlCredentials")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "Webhooks.UrlForbiddenHost")]
    [InlineData("https://[::ffff:169.254.169.254]/", "Webhooks.UrlForbiddenHost")]
    [InlineData("https://[fe80::1]/hook", "Webhooks.UrlForbiddenHost")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/", "Webhooks.UrlForbiddenHost")]
    [InlineData("https://0.0.0.0/hook", "Webhooks.UrlForbiddenHost")]
    [InlineData("receiver.example/hook", "Webhooks.UrlInvalid")]
    [InlineData("", "Webhooks.UrlInvalid")]
    public async Task Unsafe_receiver_addresses_are_refused_with_a_message_and_the_input_kept(string url, string key)
    {
        var admin = await AdminAsync();
        var name = "refused-" + Guid.NewGuid().ToString("N")[..8];
        var response = await admin.PostFieldsAsync("/editor/webhooks", "/editor/webhooks?handler=Create", [("Name", name), ("Url", url), ("Events", "publish")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(EditorText.Lookup(key, System.Globalization.CultureInfo.GetCultureInfo("km")), page.QuerySelector("#webhook-error")!.TextContent);
        Assert.Equal(name, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#name")!.Value);
        Assert.Null(page.QuerySelector("#new-secret"));
        Assert.False(await hub.StoreAsync(db => db.Subscriptions.AnyAsync(s => s.Name == name)));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5106/hook", false, "Webhooks.UrlForbiddenHost")]
    [InlineData("https://localhost/hook", false, "Webhooks.UrlForbiddenHost")]
    [InlineData("http://[::1]/hook", false, "Webhooks.UrlForbiddenHost")]
    [InlineData("http://127.0.0.1:5106/hook", true, null)]
    [InlineData("http://localhost/hook", true, null)]
    [InlineData("https://10.1.2.3/hook", false, null)]
    [InlineData("https://portal.gov.kh/hooks/aigovkh", false, null)]
    [InlineData("https://100.100.100.200/", false, "Webhooks.UrlForbiddenHost")]
    [InlineData("https://224.0.0.1/", false, "Webhooks.UrlForbiddenHost")]
    public void Loopback_is_allowed_only_when_configured(string url, bool allowLoopback, string? key) =>
        Assert.Equal(key, WebhookTargets.Problem(url, allowLoopback));

    [Fact]
    public async Task The_secret_is_shown_once_and_signs_what_the_receiver_gets()
    {
        var admin = await AdminAsync();
        var (id, secret, _) = await CreateAsync(admin, "signed", "https://ok.example/signed");
        Assert.Matches("^whsec_[A-Za-z0-9_-]{43}$", secret);

        foreach (var path in new[] { "/editor/webhooks", $"/editor/webhooks/{id}" })
        {
            var html = await admin.GetStringAsync(path, Ct);
            Assert.DoesNotContain(secret, html);
            Assert.DoesNotContain(secret[6..], html);
        }
        var stored = await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == id));
        Assert.DoesNotContain(secret[6..], stored.ProtectedSecret);

        var ping = await Html.ParseAsync(await PostAsync(admin, id, "Ping"));
        Assert.Equal(EditorText.Lookup("Webhooks.Outcome.Delivered", System.Globalization.CultureInfo.GetCultureInfo("km")), ping.QuerySelector("#ping-result dd")!.TextContent);
        var received = hub.Receiver.To("ok.example").Last(r => r.Url.AbsolutePath == "/signed");
        Assert.Equal("ping", received.Headers["X-AiGovKh-Event"]);
        Assert.Equal("ping", received.Payload.GetProperty("event").GetString());
        Assert.True(WebhookSignature.Verify(secret, received.Headers[WebhookSignature.Header], received.Body, DateTimeOffset.UtcNow));

        // Rotation: a new secret, shown once; what follows is signed with it and no longer with the old one.
        var rotated = await Html.ParseAsync(await PostAsync(admin, id, "Rotate"));
        var newSecret = rotated.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#new-secret")!.Value;
        Assert.NotEqual(secret, newSecret);
        Assert.DoesNotContain(newSecret, await admin.GetStringAsync($"/editor/webhooks/{id}", Ct));
        await PostAsync(admin, id, "Ping");
        var after = hub.Receiver.To("ok.example").Last(r => r.Url.AbsolutePath == "/signed");
        Assert.True(WebhookSignature.Verify(newSecret, after.Headers[WebhookSignature.Header], after.Body, DateTimeOffset.UtcNow));
        Assert.False(WebhookSignature.Verify(secret, after.Headers[WebhookSignature.Header], after.Body, DateTimeOffset.UtcNow));

        var audit = await hub.DbAsync(db => db.AuditLog.Where(a => a.Detail!.Contains($"webhook #{id} ")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([WebhookAdministration.AuditCreate, WebhookAdministration.AuditPing, WebhookAdministration.AuditRotate, WebhookAdministration.AuditPing], audit);
    }

    [Fact]
    public async Task Delivery_log_shows_retries_of_a_failing_receiver_and_a_delivered_event()
    {
        var admin = await AdminAsync();
        await hub.SeedOnceAsync();
        await hub.DispatcherStartedAsync();
        var (failing, _, _) = await CreateAsync(admin, "always-down", "https://fail.example/down", "unpublish");
        var (working, _, _) = await CreateAsync(admin, "always-up", "https://ok.example/up", "unpublish");
        var (disabled, _, _) = await CreateAsync(admin, "switched-off", "https://off.example/hook", "unpublish");
        var (publishOnly, _, _) = await CreateAsync(admin, "publish-only", "https://publish.example/hook", "publish");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, disabled, "Enable", new() { ["enable"] = "false" })).StatusCode);
        // Organisation filters: the page belongs to MPTC.
        foreach (var (org, host) in new[] { ("moeys", "moeys.example"), ("mptc", "mptc.example") })
        {
            var created = await admin.PostFieldsAsync("/editor/webhooks", "/editor/webhooks?handler=Create",
                [("Name", org + "-only"), ("Url", $"https://{host}/hook"), ("Events", "unpublish"), ("OrganisationId", (await hub.OrganisationAsync(org)).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        }

        await hub.UnpublishAsync(TestContent.Page);
        await WebhookHub.EventuallyAsync(async () => await hub.StoreAsync(db => db.Deliveries.AnyAsync(d => d.SubscriptionId == failing && d.Outcome == WebhookOutcome.Failed))
            && await hub.StoreAsync(db => db.Deliveries.AnyAsync(d => d.SubscriptionId == working && d.Outcome == WebhookOutcome.Delivered))
            && hub.Receiver.To("mptc.example").Any(), "the deliveries to finish");
        Assert.Empty(hub.Receiver.To("moeys.example"));
        Assert.Equal(TestContent.Page, hub.Receiver.To("mptc.example").Single().Payload.GetProperty("slug").GetString());

        var failedPage = await Html.ParseAsync(await admin.GetAsync($"/editor/webhooks/{failing}", Ct));
        var row = failedPage.QuerySelectorAll("#delivery-log tr.delivery").Single();
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(TestContent.Page, cells[2]);
        Assert.Equal("3", cells[3]);
        Assert.Equal("503", cells[4]);
        Assert.Equal(EditorText.Lookup("Webhooks.Outcome.Failed", System.Globalization.CultureInfo.GetCultureInfo("km")), cells[7]);
        Assert.Equal(TestReceiver.FailureBody, cells[8]);
        Assert.Equal(3, failedPage.QuerySelectorAll("#delivery-log tr.attempt").Length);
        Assert.Empty(failedPage.QuerySelectorAll("main script"));
        Assert.Equal(3, hub.Receiver.To("fail.example").Count(r => r.Url.AbsolutePath == "/down" && r.Payload.GetProperty("slug").GetString() == TestContent.Page));

        var okPage = await Html.ParseAsync(await admin.GetAsync($"/editor/webhooks/{working}", Ct));
        var okCells = okPage.QuerySelectorAll("#delivery-log tr.delivery td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["1", "204"], okCells[3..5]);
        Assert.Equal(EditorText.Lookup("Webhooks.Outcome.Delivered", System.Globalization.CultureInfo.GetCultureInfo("km")), okCells[7]);

        // The disabled and the publish-only subscriptions received nothing and logged nothing.
        Assert.Empty(hub.Receiver.To("off.example"));
        Assert.Empty(hub.Receiver.To("publish.example"));
        Assert.False(await hub.StoreAsync(db => db.Deliveries.AnyAsync(d => d.SubscriptionId == disabled || d.SubscriptionId == publishOnly)));
        var offPage = await Html.ParseAsync(await admin.GetAsync($"/editor/webhooks/{disabled}", Ct));
        Assert.Null(offPage.QuerySelector("#delivery-log"));
        Assert.Null(offPage.QuerySelector($"form[action*='handler=Ping']"));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(admin, disabled, "Ping")).StatusCode);
        Assert.Empty(hub.Receiver.To("off.example"));
    }

    [Fact]
    public async Task Markup_in_names_urls_and_receiver_answers_is_shown_as_text()
    {
        const string Name = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        const string Url = "https://fail.example/h?a=\"><svg onload=alert(3)>";
        var admin = await AdminAsync();
        var (id, _, created) = await CreateAsync(admin, Name, Url);
        await PostAsync(admin, id, "Ping");
        foreach (var path in new[] { "/editor/webhooks", $"/editor/webhooks/{id}" })
        {
            var doc = await Html.ParseAsync(await admin.GetAsync(path, Ct));
            Assert.Empty(doc.QuerySelectorAll("script, svg, img"));
            Assert.DoesNotContain(doc.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            Assert.Contains(Name, doc.Body!.TextContent);
            Assert.Contains(Url, doc.Body.TextContent);
        }
        var detail = await Html.ParseAsync(await admin.GetAsync($"/editor/webhooks/{id}", Ct));
        Assert.Contains(TestReceiver.FailureBody, detail.QuerySelector("#delivery-log")!.TextContent);
        Assert.Empty(created.QuerySelectorAll("script, svg, img"));
    }

    [Fact]
    public async Task Disable_enable_and_delete_are_audited_and_delete_removes_the_log()
    {
        var admin = await AdminAsync();
        var (id, _, _) = await CreateAsync(admin, "short-lived", "https://ok.example/short");
        await PostAsync(admin, id, "Ping");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, id, "Enable", new() { ["enable"] = "false" })).StatusCode);
        Assert.False((await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == id))).Enabled);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, id, "Enable", new() { ["enable"] = "true" })).StatusCode);
        Assert.True((await hub.StoreAsync(db => db.Subscriptions.SingleAsync(s => s.Id == id))).Enabled);
        var deleted = await PostAsync(admin, id, "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/editor/webhooks/{id}", Ct)).StatusCode);
        Assert.False(await hub.StoreAsync(db => db.Deliveries.AnyAsync(d => d.SubscriptionId == id)));
        var audit = await hub.DbAsync(db => db.AuditLog.Where(a => a.Detail!.Contains($"webhook #{id} ")).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([WebhookAdministration.AuditCreate, WebhookAdministration.AuditPing, WebhookAdministration.AuditDisable, WebhookAdministration.AuditEnable, WebhookAdministration.AuditDelete], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.False(string.IsNullOrEmpty(a.UserId)));
    }

    [Fact]
    public async Task Names_must_be_unique_and_at_least_one_event_chosen()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, "unique-name", "https://ok.example/u");
        var twice = await admin.PostFieldsAsync("/editor/webhooks", "/editor/webhooks?handler=Create", [("Name", "unique-name"), ("Url", "https://ok.example/u2"), ("Events", "publish")]);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var none = await admin.PostFieldsAsync("/editor/webhooks", "/editor/webhooks?handler=Create", [("Name", "no-events"), ("Url", "https://ok.example/n")]);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(EditorText.Lookup("Webhooks.EventsInvalid", System.Globalization.CultureInfo.GetCultureInfo("km")), (await Html.ParseAsync(none)).QuerySelector("#webhook-error")!.TextContent);
    }
}
