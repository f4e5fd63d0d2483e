using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Tests.Workflow;

/// <summary>Audiences, topics, course and position are reviewed with the texts: the public sees them only once published.</summary>
public sealed class ReviewClassificationTests : IDisposable
{
    private readonly ReviewTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private Task<ContentItem> Item(int id) => _bed.With(db => db.Items.AsNoTracking().FirstAsync(i => i.Id == id));

    private Task<IReadOnlyList<ItemSummary>> PublicList(AudienceTier tier) =>
        _bed.With(db => new PublishedContent(db, _bed.Clock).ListAsync("en", ContentType.Lesson, tier));

    private async Task<int> PublishedLesson(string slug = "what-is-ai")
    {
        var id = await _bed.ApprovedItem(slug);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);
        return id;
    }

    private async Task<int> Course(string slug)
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys, slug, ContentType.Course);
        return id;
    }

    private static DraftInput Reclassified(int? courseId, int? position) =>
        ReviewTestBed.Input("តើ AI ជាអ្វី", "What is AI") with
        {
            Audiences = AudienceTier.Leaders | AudienceTier.Policymakers,
            Topics = ["governance"],
            CourseId = courseId,
            Position = position,
        };

    [Fact]
    public async Task Draft_classification_changes_stay_off_the_item_until_the_draft_is_published()
    {
        var course = await Course("ai-for-leaders");
        var id = await PublishedLesson();
        var live = await _bed.Current(id);

        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, live.Version, Reclassified(course, 3)))).Succeeded);

        // The draft holds the change; the item (what site, API, search and sitemap read) does not.
        var draft = await _bed.Current(id);
        Assert.Equal(RevisionState.Draft, draft.State);
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Policymakers, draft.Audiences);
        Assert.Equal(["governance"], draft.Topics);
        Assert.Equal((course, 3), (draft.CourseId, draft.Position));
        var item = await Item(id);
        Assert.Equal(AudienceTier.Public, item.Audiences);
        Assert.Equal(["ai-basics"], item.Topics);
        Assert.Null(item.CourseId);
        Assert.Contains(await PublicList(AudienceTier.Public), s => s.Id == id);
        Assert.DoesNotContain(await PublicList(AudienceTier.Leaders), s => s.Id == id);

        Assert.True((await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "For leaders"))).Succeeded);
        Assert.Equal(AudienceTier.Public, (await Item(id)).Audiences);
        Assert.True((await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null))).Succeeded);
        Assert.Equal(AudienceTier.Public, (await Item(id)).Audiences);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);

        item = await Item(id);
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Policymakers, item.Audiences);
        Assert.Equal(["governance"], item.Topics);
        Assert.Equal((course, 3), (item.CourseId, item.Position));
        Assert.DoesNotContain(await PublicList(AudienceTier.Public), s => s.Id == id);
        Assert.Contains(await PublicList(AudienceTier.Leaders), s => s.Id == id);
    }

    [Fact]
    public async Task Scheduled_publish_copies_the_classification_when_it_goes_live()
    {
        var id = await PublishedLesson();
        var live = await _bed.Current(id);
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, live.Version, Reclassified(null, 7)))).Succeeded);
        Assert.True((await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "Later"))).Succeeded);
        Assert.True((await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null))).Succeeded);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, _bed.Clock.Now.AddHours(1), null))).Succeeded);

        Assert.Equal(0, await _bed.RunScheduler());
        Assert.Equal((AudienceTier.Public, (int?)null), ((await Item(id)).Audiences, (await Item(id)).Position));

        _bed.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await _bed.RunScheduler());
        var item = await Item(id);
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Policymakers, item.Audiences);
        Assert.Equal(7, item.Position);
    }

    [Fact]
    public async Task Returned_draft_with_new_classification_leaves_the_item_as_published()
    {
        var id = await PublishedLesson();
        var live = await _bed.Current(id);
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, live.Version, Reclassified(null, 2)));
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "Try"));
        Assert.True((await _bed.Review(s => s.ReturnAsync(_bed.Reviewer, id, "Keep it for the public"))).Succeeded);
        Assert.Equal(AudienceTier.Public, (await Item(id)).Audiences);
    }

    [Fact]
    public async Task Restore_as_draft_brings_back_the_old_classification()
    {
        var id = await PublishedLesson();
        var live = await _bed.Current(id);
        await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, live.Version, Reclassified(null, 4)));
        await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "Leaders"));
        await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null));
        await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null));
        var first = (await _bed.Revisions(id))[0];

        Assert.True((await _bed.Drafts(d => d.RestoreAsync(_bed.Contributor2, id, first.Id))).Succeeded);
        var restored = (await _bed.Revisions(id))[2];
        Assert.Equal(RevisionState.Draft, restored.State);
        Assert.Equal(AudienceTier.Public, restored.Audiences);
        Assert.Equal(["ai-basics"], restored.Topics);
        Assert.Null(restored.Position);
        // Still only a draft: the item keeps what is live.
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Policymakers, (await Item(id)).Audiences);
    }

    [Fact]
    public async Task A_new_draft_starts_from_the_published_classification()
    {
        var id = await PublishedLesson();
        var live = await _bed.Current(id);
        var textOnly = ReviewTestBed.Input("តើ AI ជាអ្វី", "What is AI, really");
        Assert.True((await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, live.Version, textOnly))).Succeeded);
        var draft = await _bed.Current(id);
        Assert.Equal(AudienceTier.Public, draft.Audiences);
        Assert.Equal(["ai-basics"], draft.Topics);
        Assert.Equal(live.License, draft.License);
    }
}
