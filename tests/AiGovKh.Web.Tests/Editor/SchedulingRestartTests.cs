using System.Globalization;
using System.Net;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AiGovKh.Web.Tests.Editor.EditorWorkflowTests;

namespace AiGovKh.Web.Tests.Editor;

/// <summary>An editor hub over a data folder and a clock the test chooses, so one host can stop and another start on the same database.</summary>
public sealed class RestartableHub(string dataDirectory, TimeProvider clock) : EditorFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Hub:DataDirectory", dataDirectory);
        builder.UseSetting("Hub:ContentDirectory", Path.Combine(dataDirectory, "content"));
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}

public sealed class SchedulingRestartTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aigovkh-tests", "restart-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public SchedulingRestartTests() => Directory.CreateDirectory(Path.Combine(_data, "content"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string Local(DateTimeOffset at) => at.ToOffset(AiGovKh.Web.Editor.Items.EditModel.Cambodia).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Publish_and_expiry_that_fall_due_while_no_host_runs_happen_when_the_next_host_starts()
    {
        var start = DateTimeOffset.UtcNow;
        var due = start.AddHours(1);
        int scheduledId, expiringId;

        // Host 1: schedule a publish and an expiry for an hour from now, then stop before that time.
        await using (var first = new RestartableHub(_data, new ManualClock(start)))
        {
            var contributor = await first.SignInAsync(await first.UserAsync("rs-c@moeys.gov.kh", HubRoles.Contributor, "moeys"));
            var reviewer = await first.SignInAsync(await first.UserAsync("rs-r@moeys.gov.kh", HubRoles.Reviewer, "moeys"));
            var publisher = await first.SignInAsync(await first.UserAsync("rs-p@mptc.gov.kh", HubRoles.Publisher, "mptc"));
            scheduledId = await CreateItemAsync(contributor, "restart-scheduled", "Campaign");
            expiringId = await CreateItemAsync(contributor, "restart-expiring", "Campaign");
            foreach (var id in new[] { scheduledId, expiringId })
            {
                Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(contributor, id, "Submit", new() { ["ChangeNote"] = "Ready" })).StatusCode);
                Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(reviewer, id, "Approve")).StatusCode);
            }
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, scheduledId, "Publish", new() { ["PublishAt"] = Local(due) })).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await ActAsync(publisher, expiringId, "Publish", new() { ["ExpiresAt"] = Local(due) })).StatusCode);

            Assert.Equal(RevisionState.Approved, (await first.CurrentRevisionAsync(scheduledId)).State);
            Assert.Equal(RevisionState.Published, (await first.CurrentRevisionAsync(expiringId)).State);
            Assert.Equal(HttpStatusCode.NotFound, (await first.NewClient().GetAsync("/en/campaigns/restart-scheduled", Ct)).StatusCode);
        }

        // Host 2 starts on the same data folder after the due time: its scheduler catches up on its own.
        var later = due.AddMinutes(30);
        await using var second = new RestartableHub(_data, new ManualClock(later));
        var anonymous = second.NewClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        (RevisionState Scheduled, RevisionState Expiring) states;
        while (true)
        {
            states = ((await second.CurrentRevisionAsync(scheduledId)).State, (await second.CurrentRevisionAsync(expiringId)).State);
            if (states == (RevisionState.Published, RevisionState.Unpublished) || DateTime.UtcNow > deadline) break;
            await Task.Delay(100, Ct);
        }
        Assert.Equal((RevisionState.Published, RevisionState.Unpublished), states);

        var (feed, audit) = await second.DbAsync(async db => (
            await db.ChangeFeed.Where(c => c.ContentItemId == scheduledId || c.ContentItemId == expiringId).OrderBy(c => c.Sequence).ToListAsync(Ct),
            await db.AuditLog.Where(a => a.UserId == Actor.Scheduler.UserId).ToListAsync(Ct)));
        Assert.Contains(feed, c => c.ContentItemId == scheduledId && c.Kind == ChangeKind.Published && c.At == later);
        Assert.Contains(feed, c => c.ContentItemId == expiringId && c.Kind == ChangeKind.Unpublished && c.At == later);
        Assert.Contains(audit, a => a.ContentItemId == scheduledId && a.Action == AuditActions.Publish && a.ToState == nameof(RevisionState.Published));
        Assert.Contains(audit, a => a.ContentItemId == expiringId && a.Action == AuditActions.Unpublish && a.ToState == nameof(RevisionState.Unpublished));

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/en/campaigns/restart-scheduled", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/en/campaigns/restart-expiring", Ct)).StatusCode);
    }
}
