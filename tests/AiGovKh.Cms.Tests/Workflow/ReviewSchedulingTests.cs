using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Cms.Tests.Workflow;

public sealed class ReviewSchedulingTests : IDisposable
{
    private readonly ReviewTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Scheduled_revision_goes_live_only_when_due_even_after_a_restart()
    {
        var id = await _bed.ApprovedItem();
        var at = _bed.Clock.Now.AddHours(2);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, at, null))).Succeeded);
        Assert.Equal(RevisionState.Approved, (await _bed.Current(id)).State);

        Assert.Equal(0, await _bed.RunScheduler());
        // A "restart": nothing is held in memory; a brand-new scheduler over the database catches up.
        _bed.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(1, await _bed.RunScheduler());
        var rev = await _bed.Current(id);
        Assert.Equal(RevisionState.Published, rev.State);
        Assert.Equal(0, await _bed.RunScheduler());
    }

    [Fact]
    public async Task Expired_revision_is_withdrawn()
    {
        var id = await _bed.ApprovedItem();
        var expires = _bed.Clock.Now.AddDays(1);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, expires))).Succeeded);
        _bed.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _bed.RunScheduler());
        Assert.Equal(RevisionState.Unpublished, (await _bed.Current(id)).State);
    }

    [Fact]
    public async Task Expiry_before_publish_time_is_refused()
    {
        var id = await _bed.ApprovedItem();
        var outcome = await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, _bed.Clock.Now.AddDays(2), _bed.Clock.Now.AddDays(1)));
        Assert.Equal(WorkflowError.Invalid, outcome.Error);
    }

    [Fact]
    public async Task Returned_revision_loses_its_schedule()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, _bed.Clock.Now.AddHours(1), null));
        Assert.True((await _bed.Review(s => s.ReturnAsync(_bed.Publisher, id, "Hold this back"))).Succeeded);
        _bed.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await _bed.RunScheduler());
        Assert.Equal(RevisionState.Draft, (await _bed.Current(id)).State);
    }
}
