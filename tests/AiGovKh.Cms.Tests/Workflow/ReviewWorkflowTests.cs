using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Tests.Workflow;

public sealed class ReviewWorkflowTests : IDisposable
{
    private readonly ReviewTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Contributor_submits_reviewer_approves_publisher_publishes()
    {
        var id = await _bed.ApprovedItem();
        var outcome = await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        Assert.True(outcome.Succeeded);

        var rev = await _bed.Current(id);
        Assert.Equal(RevisionState.Published, rev.State);
        Assert.Equal("r1", rev.ReviewedById);
        var actions = await _bed.With(db => db.AuditLog.Where(a => a.ContentItemId == id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["create", "submit", "approve", "publish"], actions);
        var feed = await _bed.With(db => db.ChangeFeed.Where(c => c.ContentItemId == id).ToListAsync());
        Assert.Equal(ChangeKind.Published, Assert.Single(feed).Kind);
    }

    [Fact]
    public async Task Submit_without_change_note_is_refused()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var outcome = await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "   "));
        Assert.Equal(WorkflowError.Invalid, outcome.Error);
        Assert.Equal(RevisionState.Draft, (await _bed.Current(id)).State);
    }

    [Fact]
    public async Task Reviewer_cannot_approve_a_revision_they_wrote()
    {
        var id = await _bed.CreateItem(_bed.Reviewer, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Reviewer, id, "note"));
        var outcome = await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null));
        Assert.Equal(WorkflowError.Forbidden, outcome.Error);
        Assert.Equal("Error.OwnRevision", outcome.MessageKey);
        Assert.True((await _bed.Review(s => s.ApproveAsync(_bed.Reviewer2, id, null))).Succeeded);
    }

    [Fact]
    public async Task Reviewer_who_edited_someone_elses_draft_cannot_approve_it()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var version = (await _bed.Current(id)).Version;
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Reviewer, id, version, ReviewTestBed.Input("ចំណងជើងថ្មី", "New title")))).Succeeded);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        Assert.Equal("Error.OwnRevision", (await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null))).MessageKey);
    }

    [Fact]
    public async Task Publisher_cannot_publish_a_revision_they_wrote()
    {
        var id = await _bed.CreateItem(_bed.Publisher, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Publisher, id, "note"));
        await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null));
        Assert.Equal("Error.OwnRevision", (await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).MessageKey);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher2, id, null, null))).Succeeded);
    }

    [Fact]
    public async Task Reviewer_of_another_ministry_gets_not_found()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        Assert.Equal(WorkflowError.NotFound, (await _bed.Review(s => s.ApproveAsync(_bed.OtherReviewer, id, null))).Error);
        Assert.Equal(WorkflowError.NotFound, (await _bed.Review(s => s.ReturnAsync(_bed.OtherReviewer, id, "no"))).Error);
    }

    [Fact]
    public async Task Contributor_of_another_ministry_cannot_read_or_write_a_draft()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var version = (await _bed.Current(id)).Version;
        Assert.Equal(WorkflowError.NotFound, (await _bed.Drafts(d => d.SaveAsync(_bed.OtherContributor, id, version, ReviewTestBed.Input("x", "x")))).Error);
        Assert.Equal(WorkflowError.NotFound, (await _bed.Review(s => s.SubmitAsync(_bed.OtherContributor, id, "note"))).Error);
        Assert.Equal(WorkflowError.NotFound, (await _bed.Drafts(d => d.RestoreAsync(_bed.OtherContributor, id, 1))).Error);
        Assert.Equal("What is AI", (await _bed.Current(id)).Translation("en")!.Title);
    }

    [Fact]
    public async Task Contributor_cannot_create_an_item_for_another_ministry()
    {
        await using var db = _bed.NewContext();
        var (outcome, _) = await new DraftEditing(db, new AiGovKh.Cms.Markdown.RevisionRenderer(db, new AiGovKh.Cms.Markdown.MarkdownRenderer()), _bed.Clock)
            .CreateAsync(_bed.Contributor, new NewItem("sneaky", ContentType.Page, _bed.Maff), ReviewTestBed.Input("ក", "a"), TestContext.Current.CancellationToken);
        Assert.Equal(WorkflowError.Forbidden, outcome.Error);
        Assert.False(await db.Items.AnyAsync(i => i.Slug == "sneaky", TestContext.Current.CancellationToken));
    }

    public static TheoryData<string, string, bool> RoleMatrix => new()
    {
        // role, action, allowed
        { "contributor", "approve", false }, { "contributor", "return", false }, { "contributor", "publish", false },
        { "contributor", "force", false }, { "contributor", "unpublish", false }, { "contributor", "archive", false },
        { "reviewer", "approve", true }, { "reviewer", "return", true }, { "reviewer", "publish", false },
        { "reviewer", "force", false }, { "reviewer", "unpublish", false }, { "reviewer", "archive", false },
        { "publisher", "approve", false }, { "publisher", "return", true }, { "publisher", "publish", true },
        { "publisher", "force", true }, { "publisher", "unpublish", true }, { "publisher", "archive", true },
        { "administrator", "approve", false }, { "administrator", "return", false }, { "administrator", "publish", false },
        { "administrator", "force", false }, { "administrator", "unpublish", false }, { "administrator", "archive", false },
        { "administrator", "save", false }, { "administrator", "submit", false },
        { "contributor", "save", true }, { "contributor", "submit", true },
        { "reviewer", "save", true }, { "reviewer", "submit", true },
        { "publisher", "save", true }, { "publisher", "submit", true },
    };

    [Theory]
    [MemberData(nameof(RoleMatrix))]
    public async Task Role_matrix_is_enforced_by_the_service(string role, string action, bool allowed)
    {
        var user = role switch
        {
            "contributor" => _bed.Contributor2,
            "reviewer" => _bed.Reviewer2,
            "publisher" => _bed.Publisher2,
            _ => _bed.Administrator,
        };
        // Put the item in the state the action needs, written by someone else than the actor.
        int id;
        if (action is "save" or "submit")
            id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        else if (action is "approve" or "return")
        {
            id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
            await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        }
        else if (action is "unpublish")
        {
            id = await _bed.ApprovedItem();
            Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);
        }
        else
            id = await _bed.ApprovedItem();

        var version = (await _bed.Current(id)).Version;
        var outcome = action switch
        {
            "save" => await _bed.Drafts(d => d.SaveAsync(user, id, version, ReviewTestBed.Input("ក", "b"))),
            "submit" => await _bed.Review(s => s.SubmitAsync(user, id, "note")),
            "approve" => await _bed.Review(s => s.ApproveAsync(user, id, null)),
            "return" => await _bed.Review(s => s.ReturnAsync(user, id, "please fix")),
            "publish" => await _bed.Desk(d => d.PublishAsync(user, id, null, null)),
            "force" => await _bed.Desk(d => d.ForcePublishAsync(user, id, "Urgent public-safety correction")),
            "unpublish" => await _bed.Desk(d => d.UnpublishAsync(user, id)),
            "archive" => await _bed.Desk(d => d.ArchiveAsync(user, id)),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
        Assert.Equal(allowed, outcome.Succeeded);
        if (!allowed) Assert.Equal(WorkflowError.Forbidden, outcome.Error);
    }

    [Fact]
    public async Task Return_needs_a_comment_and_goes_back_to_draft()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        Assert.Equal(WorkflowError.Invalid, (await _bed.Review(s => s.ReturnAsync(_bed.Reviewer, id, ""))).Error);
        Assert.True((await _bed.Review(s => s.ReturnAsync(_bed.Reviewer, id, "Fix the Khmer title"))).Succeeded);
        var rev = await _bed.Current(id);
        Assert.Equal(RevisionState.Draft, rev.State);
        Assert.Equal("Fix the Khmer title", rev.ReviewComment);
    }

    [Fact]
    public async Task Submitted_revision_cannot_be_edited()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        var version = (await _bed.Current(id)).Version;
        var outcome = await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, version, ReviewTestBed.Input("x", "y")));
        Assert.Equal(WorkflowError.WrongState, outcome.Error);
    }

    [Fact]
    public async Task Publishing_needs_an_approved_revision()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "note"));
        Assert.Equal(WorkflowError.WrongState, (await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Error);
    }

    [Fact]
    public async Task Force_publish_needs_a_reason_and_is_flagged_until_another_reviewer_confirms()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        Assert.Equal(WorkflowError.Invalid, (await _bed.Desk(d => d.ForcePublishAsync(_bed.Publisher, id, "urgent"))).Error);
        Assert.True((await _bed.Desk(d => d.ForcePublishAsync(_bed.Publisher, id, "Flood warning must go out now"))).Succeeded);

        var rev = await _bed.Current(id);
        Assert.Equal(RevisionState.Published, rev.State);
        Assert.True(rev.ForcePublished);
        Assert.Null(rev.ReviewedById);
        var audit = await _bed.With(db => db.AuditLog.SingleAsync(a => a.ContentItemId == id && a.Action == "force-publish"));
        Assert.Equal("Flood warning must go out now", audit.Detail);
        Assert.Equal("p1", audit.UserId);

        // A reviewer of another ministry cannot clear it; one of the owning ministry can.
        Assert.Equal(WorkflowError.NotFound, (await _bed.Review(s => s.ConfirmForcedAsync(_bed.OtherReviewer, id))).Error);
        Assert.True((await _bed.Review(s => s.ConfirmForcedAsync(_bed.Reviewer, id))).Succeeded);
        Assert.Equal("r1", (await _bed.Current(id)).ReviewedById);
    }

    [Fact]
    public async Task Writer_of_a_forced_revision_cannot_confirm_it()
    {
        var id = await _bed.CreateItem(_bed.Reviewer, _bed.Moeys);
        await _bed.Desk(d => d.ForcePublishAsync(_bed.Publisher, id, "Urgent: election rules changed"));
        Assert.Equal("Error.OwnRevision", (await _bed.Review(s => s.ConfirmForcedAsync(_bed.Reviewer, id))).MessageKey);
    }

    [Fact]
    public async Task Publishing_a_new_revision_supersedes_the_old_one()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var version = (await _bed.Current(id)).Version;
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, version, ReviewTestBed.Input("កែ", "Edited")))).Succeeded);
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "second"));
        await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null));
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var revs = await _bed.Revisions(id);
        Assert.Equal([RevisionState.Superseded, RevisionState.Published], revs.Select(r => r.State));
    }

    [Fact]
    public async Task Unpublish_and_archive_write_change_feed_rows()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        Assert.True((await _bed.Desk(d => d.UnpublishAsync(_bed.Publisher, id))).Succeeded);
        Assert.Equal(RevisionState.Unpublished, (await _bed.Revisions(id))[0].State);
        var kinds = await _bed.With(db => db.ChangeFeed.Where(c => c.ContentItemId == id).OrderBy(c => c.Sequence).Select(c => c.Kind).ToListAsync());
        Assert.Equal([ChangeKind.Published, ChangeKind.Unpublished], kinds);
    }

    [Fact]
    public async Task Archive_closes_drafts_and_withdraws_the_published_revision()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var version = (await _bed.Current(id)).Version;
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, version, ReviewTestBed.Input("កែ", "Edited")));
        Assert.True((await _bed.Desk(d => d.ArchiveAsync(_bed.Publisher, id))).Succeeded);
        Assert.All(await _bed.Revisions(id), r => Assert.Equal(RevisionState.Archived, r.State));
        Assert.Contains(ChangeKind.Unpublished, await _bed.With(db => db.ChangeFeed.Where(c => c.ContentItemId == id).Select(c => c.Kind).ToListAsync()));
    }
}
