using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Cms.Tests.Workflow;

public sealed class ReviewDraftTests : IDisposable
{
    private readonly ReviewTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Second_save_from_a_stale_version_is_a_conflict_and_keeps_the_first()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var loaded = (await _bed.Current(id)).Version;
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, loaded, ReviewTestBed.Input("ទីមួយ", "First")))).Succeeded);
        var second = await _bed.Drafts(d => d.SaveAsync(_bed.Contributor2, id, loaded, ReviewTestBed.Input("ទីពីរ", "Second")));
        Assert.Equal(WorkflowError.Conflict, second.Error);
        Assert.Equal("First", (await _bed.Current(id)).Translation("en")!.Title);
    }

    [Fact]
    public async Task Editing_a_published_item_opens_a_new_draft_and_leaves_the_live_one()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var version = (await _bed.Current(id)).Version;
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, version, ReviewTestBed.Input("ថ្មី", "New")))).Succeeded);
        var revs = await _bed.Revisions(id);
        Assert.Equal(2, revs.Count);
        Assert.Equal("What is AI", revs[0].Translation("en")!.Title);
        Assert.Equal(RevisionState.Published, revs[0].State);
        Assert.Equal(RevisionState.Draft, revs[1].State);
        Assert.Equal("New", revs[1].Translation("en")!.Title);
    }

    [Fact]
    public async Task Editing_one_language_marks_the_other_stale_until_confirmed()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var rev = await _bed.Current(id);
        Assert.Empty(TranslationStatus.StaleLocales(rev));

        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        var input = ReviewTestBed.Input("តើ AI ជាអ្វី", "What is artificial intelligence?");
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, rev.Version, input))).Succeeded);
        rev = await _bed.Current(id);
        Assert.Equal(["km"], TranslationStatus.StaleLocales(rev));

        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, rev.Version, input with { ConfirmedLocales = ["km"] }))).Succeeded);
        Assert.Empty(TranslationStatus.StaleLocales(await _bed.Current(id)));
    }

    [Fact]
    public async Task Updating_the_stale_translation_clears_it()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var rev = await _bed.Current(id);
        _bed.Clock.Advance(TimeSpan.FromMinutes(1));
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, rev.Version, ReviewTestBed.Input("តើ AI ជាអ្វី", "Changed")));
        rev = await _bed.Current(id);
        _bed.Clock.Advance(TimeSpan.FromMinutes(1));
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, rev.Version, ReviewTestBed.Input("បានកែ", "Changed")));
        Assert.Empty(TranslationStatus.StaleLocales(await _bed.Current(id)));
    }

    [Fact]
    public async Task Restore_copies_an_old_revision_into_a_new_draft()
    {
        var id = await _bed.ApprovedItem();
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var v = (await _bed.Current(id)).Version;
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, v, ReviewTestBed.Input("ខុស", "Wrong")));
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "oops"));
        await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null));
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var first = (await _bed.Revisions(id))[0];

        Assert.True((await _bed.Drafts(d => d.RestoreAsync(_bed.Contributor2, id, first.Id))).Succeeded);
        var revs = await _bed.Revisions(id);
        Assert.Equal(3, revs.Count);
        Assert.Equal(RevisionState.Draft, revs[2].State);
        Assert.Equal("What is AI", revs[2].Translation("en")!.Title);
        Assert.Equal("Wrong", revs[1].Translation("en")!.Title);
        Assert.Equal(RevisionState.Published, revs[1].State);
    }

    [Fact]
    public async Task Text_fields_lose_control_characters_and_titles_lose_line_breaks()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        var v = (await _bed.Current(id)).Version;
        var input = ReviewTestBed.Input("ក\u0000ខ", "Line\r\nbreak\u0007");
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, v, input))).Succeeded);
        var rev = await _bed.Current(id);
        Assert.Equal("កខ", rev.Translation("km")!.Title);
        Assert.Equal("Line break", rev.Translation("en")!.Title);
    }

    [Fact]
    public async Task Invalid_slug_and_missing_titles_are_refused()
    {
        await using var db = _bed.NewContext();
        var editing = new DraftEditing(db, new AiGovKh.Cms.Markdown.RevisionRenderer(db, new AiGovKh.Cms.Markdown.MarkdownRenderer()), _bed.Clock);
        Assert.Equal("Error.SlugInvalid", (await editing.CreateAsync(_bed.Contributor, new NewItem("../etc", ContentType.Page, _bed.Moeys), ReviewTestBed.Input("a", "b"), TestContext.Current.CancellationToken)).Outcome.MessageKey);
        Assert.Equal("Error.TitleRequired", (await editing.CreateAsync(_bed.Contributor, new NewItem("ok-slug", ContentType.Page, _bed.Moeys), ReviewTestBed.Input("", ""), TestContext.Current.CancellationToken)).Outcome.MessageKey);
    }
}
