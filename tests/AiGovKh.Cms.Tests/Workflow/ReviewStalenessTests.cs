using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Tests.Workflow;

/// <summary>A stale translation stays flagged across revisions and publishes until it is updated or confirmed.</summary>
public sealed class ReviewStalenessTests : IDisposable
{
    private readonly ReviewTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    private Task<PublishedItem?> Public(string locale) =>
        _bed.With(db => new PublishedContent(db, _bed.Clock).FindAsync(ContentType.Lesson, "what-is-ai", locale));

    private async Task SaveAsync(int id, DraftInput input)
    {
        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        var version = (await _bed.Current(id)).Version;
        var outcome = await _bed.Drafts(d => d.SaveAsync(_bed.Contributor, id, version, input));
        Assert.True(outcome.Succeeded, outcome.MessageKey);
    }

    private async Task ReviewAndPublishAsync(int id)
    {
        Assert.True((await _bed.Review(s => s.SubmitAsync(_bed.Contributor, id, "Change"))).Succeeded);
        Assert.True((await _bed.Review(s => s.ApproveAsync(_bed.Reviewer, id, null))).Succeeded);
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);
    }

    /// <summary>Revision 2 (published) has English edited after Khmer.</summary>
    private async Task<int> PublishedWithStaleKhmer()
    {
        var id = await _bed.ApprovedItem();
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);
        Assert.False((await Public("km"))!.IsStale);
        await SaveAsync(id, ReviewTestBed.Input("តើ AI ជាអ្វី", "What is artificial intelligence?"));
        await ReviewAndPublishAsync(id);
        return id;
    }

    [Fact]
    public async Task Stale_flag_survives_publish_and_shows_in_the_next_draft_until_the_stale_locale_is_edited()
    {
        var id = await PublishedWithStaleKhmer();
        var published = await _bed.Current(id);
        Assert.Equal((2, RevisionState.Published), (published.Number, published.State));
        Assert.Equal(["km"], TranslationStatus.StaleLocales(published));
        Assert.True((await Public("km"))!.IsStale);
        Assert.False((await Public("en"))!.IsStale);

        // Revision 3 opens from the published one (a change to something else): the flag comes with it.
        await SaveAsync(id, ReviewTestBed.Input("តើ AI ជាអ្វី", "What is artificial intelligence?") with { Topics = ["ai-basics", "safety"] });
        var draft = await _bed.Current(id);
        Assert.Equal((3, RevisionState.Draft), (draft.Number, draft.State));
        Assert.Equal(["km"], TranslationStatus.StaleLocales(draft));
        await ReviewAndPublishAsync(id);
        Assert.True((await Public("km"))!.IsStale);

        // Revision 4 updates the Khmer text: stale no more, and English does not become stale in turn.
        await SaveAsync(id, ReviewTestBed.Input("តើបញ្ញាសិប្បនិម្មិតជាអ្វី?", "What is artificial intelligence?"));
        Assert.Empty(TranslationStatus.StaleLocales(await _bed.Current(id)));
        Assert.True((await Public("km"))!.IsStale);
        await ReviewAndPublishAsync(id);
        Assert.False((await Public("km"))!.IsStale);
        Assert.False((await Public("en"))!.IsStale);
    }

    [Fact]
    public async Task Confirming_a_stale_translation_in_a_later_draft_clears_it_publicly_once_published_and_is_audited()
    {
        var id = await PublishedWithStaleKhmer();
        var unchanged = ReviewTestBed.Input("តើ AI ជាអ្វី", "What is artificial intelligence?");
        await SaveAsync(id, unchanged with { ConfirmedLocales = ["km"] });
        var draft = await _bed.Current(id);
        Assert.Equal(3, draft.Number);
        Assert.Empty(TranslationStatus.StaleLocales(draft));
        Assert.Equal("តើ AI ជាអ្វី", draft.Translation("km")!.Title);
        var audit = await _bed.With(db => db.AuditLog.Where(a => a.RevisionId == draft.Id && a.Action == ReviewAudit.ConfirmTranslation).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(("km", _bed.Contributor.Id), (entry.Detail, entry.UserId));

        // Until it is published the public still sees the flag.
        Assert.True((await Public("km"))!.IsStale);
        await ReviewAndPublishAsync(id);
        Assert.False((await Public("km"))!.IsStale);
    }

    [Fact]
    public async Task Confirming_a_locale_that_is_not_stale_changes_nothing_and_writes_no_confirmation()
    {
        var id = await _bed.CreateItem(_bed.Contributor, _bed.Moeys);
        await SaveAsync(id, ReviewTestBed.Input("តើ AI ជាអ្វី", "What is AI") with { ConfirmedLocales = ["km", "en", "fr"] });
        var count = await _bed.With(db => db.AuditLog.CountAsync(a => a.Action == ReviewAudit.ConfirmTranslation));
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Restoring_a_revision_whose_khmer_was_stale_brings_the_flag_back_with_it()
    {
        var id = await PublishedWithStaleKhmer();
        await SaveAsync(id, ReviewTestBed.Input("តើបញ្ញាសិប្បនិម្មិតជាអ្វី?", "What is AI? (third)"));
        Assert.Empty(TranslationStatus.StaleLocales(await _bed.Current(id)));
        await ReviewAndPublishAsync(id);
        var second = (await _bed.Revisions(id))[1];
        Assert.Equal(["km"], TranslationStatus.StaleLocales(second));

        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await _bed.Drafts(d => d.RestoreAsync(_bed.Contributor, id, second.Id))).Succeeded);
        var restored = await _bed.Current(id);
        Assert.Equal("What is artificial intelligence?", restored.Translation("en")!.Title);
        Assert.Equal(["km"], TranslationStatus.StaleLocales(restored));
    }

    [Fact]
    public async Task Restoring_a_revision_whose_texts_were_in_step_flags_neither_even_if_only_one_text_differs()
    {
        var id = await _bed.ApprovedItem();
        Assert.True((await _bed.Desk(d => d.PublishAsync(_bed.Publisher, id, null, null))).Succeeded);
        var first = (await _bed.Revisions(id))[0];
        // Revision 2 changes only English (Khmer becomes stale), then restore revision 1: only English differs from it.
        await SaveAsync(id, ReviewTestBed.Input("តើ AI ជាអ្វី", "What is AI today"));
        Assert.Equal(["km"], TranslationStatus.StaleLocales(await _bed.Current(id)));

        _bed.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await _bed.Drafts(d => d.RestoreAsync(_bed.Contributor, id, first.Id))).Succeeded);
        Assert.Empty(TranslationStatus.StaleLocales(await _bed.Current(id)));
    }
}
