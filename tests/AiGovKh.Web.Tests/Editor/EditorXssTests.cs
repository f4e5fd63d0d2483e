using System.Net;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using AngleSharp.Dom;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>
/// Stored XSS: a low-rank editor plants markup in every field; every page a higher-rank editor
/// (or the public) sees must show it as text. The editor has no script at all, so any script
/// element, event-handler attribute or script URL in a page is a failure.
/// </summary>
public sealed class EditorXssTests(EditorFactory hub) : IClassFixture<EditorFactory>
{
    private const string Payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"><svg onload=alert(3)>";
    private const string BodyPayload = "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n[data](data:text/html;base64,PHNjcmlwdD4=)\n\n<a href=\"javascript:alert(4)\">x</a>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void AssertInert(IDocument doc, string where, bool allowOwnScripts = false)
    {
        // The editor has no script at all; the public site may only have its own nonce'd or external ones.
        var scripts = allowOwnScripts ? doc.QuerySelectorAll("script:not([src]):not([nonce])") : doc.QuerySelectorAll("script");
        Assert.True(scripts.Length == 0, $"script element on {where}");
        foreach (var element in doc.All)
        {
            foreach (var attr in element.Attributes)
            {
                Assert.False(attr.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler {attr.Name} on {where}");
                var value = attr.Value.Trim().ToLowerInvariant();
                if (attr.Name is "href" or "src" or "action" or "formaction")
                    Assert.False(value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("data:text", StringComparison.Ordinal), $"{attr.Name}={attr.Value} on {where}");
            }
        }
        Assert.Empty(doc.QuerySelectorAll("iframe, object, embed, svg[onload]"));
    }

    [Fact]
    public async Task Markup_in_every_field_is_shown_as_text_everywhere()
    {
        var contributor = await hub.SignInAsync(await hub.UserAsync("xss-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
        var reviewer = await hub.SignInAsync(await hub.UserAsync("xss-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
        var publisher = await hub.SignInAsync(await hub.UserAsync("xss-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
        var admin = await hub.SignInAsync(await hub.UserAsync("xss-a@mptc.gov.kh", HubRoles.Administrator, "mptc"));

        var id = await EditorWorkflowTests.CreateItemAsync(contributor, "xss-lesson");
        var version = await EditorWorkflowTests.BaseVersionAsync(contributor, id);
        var fields = new (string, string)[]
        {
            ("Form.BaseVersion", version),
            ("Form.Km.Title", "ក" + Payload), ("Form.Km.Summary", Payload), ("Form.Km.Body", BodyPayload),
            ("Form.Km.Objectives", Payload), ("Form.Km.Questions", Payload + " | " + Payload),
            ("Form.En.Title", "T" + Payload), ("Form.En.Summary", Payload), ("Form.En.Body", BodyPayload),
            ("Form.En.Objectives", Payload), ("Form.En.Questions", Payload + " | " + Payload),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await EditorWorkflowTests.SaveAsync(contributor, id, fields)).StatusCode);
        await EditorWorkflowTests.ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = Payload });
        await EditorWorkflowTests.ActAsync(reviewer, id, "Return", new() { ["Comment"] = Payload });

        var preview = await contributor.PostFieldsAsync($"/editor/items/{id}", $"/editor/items/{id}?handler=Preview", fields);
        var previewDoc = await Html.ParseAsync(preview);
        AssertInert(previewDoc, "preview");
        Assert.NotEmpty(previewDoc.QuerySelectorAll("article.preview"));

        // Publish it (forced) so it also shows in the public site and the audit log with the reason.
        await EditorWorkflowTests.ActAsync(publisher, id, "Force", new() { ["Reason"] = "Reason " + Payload });

        var pages = new (HttpClient Client, string Path)[]
        {
            (reviewer, $"/editor/items/{id}"), (reviewer, "/editor/items"), (reviewer, "/editor"), (reviewer, $"/editor/items/{id}/revisions"),
            (publisher, $"/editor/items/{id}"), (publisher, "/editor"), (admin, "/editor/audit"), (admin, "/editor/users"),
            (hub.NewClient(), "/en/lessons/xss-lesson"), (hub.NewClient(), "/km/lessons/xss-lesson"),
        };
        foreach (var (client, path) in pages)
        {
            var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync(Ct);
            var doc = await Html.ParseAsync(response);
            AssertInert(doc, path, allowOwnScripts: !path.StartsWith("/editor", StringComparison.Ordinal));
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        }
        var auditHtml = await admin.GetStringAsync("/editor/audit", Ct);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", auditHtml);
    }

    [Fact]
    public async Task Display_names_are_encoded_in_the_accounts_list_and_the_header()
    {
        var admin = await hub.SignInAsync(await hub.UserAsync("xss-admin2@mptc.gov.kh", HubRoles.Administrator, "mptc"));
        var moeys = await hub.OrganisationAsync("moeys");
        await admin.PostFormAsync("/editor/users", "/editor/users?handler=Invite", new()
        {
            ["Email"] = "xss-name@moeys.gov.kh", ["DisplayName"] = Payload, ["Role"] = HubRoles.Contributor, ["OrganisationId"] = moeys.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var doc = await Html.ParseAsync(await admin.GetAsync("/editor/users", Ct));
        AssertInert(doc, "/editor/users");
        Assert.Contains(doc.QuerySelectorAll("td"), td => td.TextContent.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var client = hub.NewClient();
        foreach (var target in new[] { "//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)" })
        {
            var response = await client.GetAsync("/editor/language?to=en&returnUrl=" + Uri.EscapeDataString(target), Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/editor", response.Headers.Location!.OriginalString);
        }
    }
}
