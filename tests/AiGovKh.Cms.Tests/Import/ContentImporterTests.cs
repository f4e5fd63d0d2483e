using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;
using AiGovKh.Cms.Tests.Support;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Import;

public class ContentImporterTests
{
    private static Task<ImportReport> ImportAsync(TestHub hub, ContentFolder content) =>
        hub.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(content.Root, TestContext.Current.CancellationToken));

    private static Task<int> CountAsync<T>(TestHub hub) where T : class => hub.QueryAsync(db => db.Set<T>().CountAsync());

    [Fact]
    public async Task First_import_adds_and_publishes_every_item()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().CourseWithLesson();

        var report = await ImportAsync(hub, content);

        Assert.Empty(report.Problems);
        Assert.Equal((2, 0, 0), (report.Added, report.Updated, report.Unchanged));
        var published = await hub.QueryAsync(db => db.Revisions.Where(r => r.State == RevisionState.Published).CountAsync());
        Assert.Equal(2, published);
        var feed = await hub.QueryAsync(db => db.ChangeFeed.OrderBy(c => c.Sequence).Select(c => c.Slug).ToListAsync());
        Assert.Equal(["ai-basics", "what-is-ai"], feed);
        var lesson = await hub.QueryAsync(db => db.Items.Include(i => i.Course).SingleAsync(i => i.Slug == "what-is-ai"));
        Assert.Equal("ai-basics", lesson.Course!.Slug);
        Assert.Equal(1, lesson.Position);
        Assert.Equal(2, await CountAsync<Organisation>(hub));
        var audit = await hub.QueryAsync(db => db.AuditLog.Where(a => a.ContentItemId == lesson.Id).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Import, AuditActions.Publish], audit);
    }

    [Fact]
    public async Task Imported_revision_holds_rendered_translations_and_media()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder()
            .WriteText("pages/x/km.md", ContentFolder.Page("page", "x", "ទំព័រ", "សង្ខេប", "images:\n  - file: d.png\n    alt: រូប", "# ចំណងជើង\n\n![](d.png)"))
            .WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "Page", "Summary", "images:\n  - file: d.png\n    alt: Picture", "# Heading\n\n![](d.png)"))
            .WriteBytes("pages/x/d.png", TestImages.Png(30, 20));

        await ImportAsync(hub, content);

        var revision = await hub.QueryAsync(db => db.Revisions.Include(r => r.Translations).Include(r => r.Media).ThenInclude(m => m.MediaAsset).SingleAsync());
        var km = revision.Translation("km")!;
        Assert.Equal(("ទំព័រ", "សង្ខេប", 1), (km.Title, km.Summary, km.ReadingMinutes));
        Assert.Contains("<h1 id=\"ចំណងជើង\">", km.BodyHtml);
        var media = Assert.Single(revision.Media);
        Assert.Equal(("d.png", "រូប", "Picture", "image/png", 30), (media.Name, media.AltKm, media.AltEn, media.MediaAsset.ContentType, media.MediaAsset.Width));
        Assert.Contains($"/media/{media.MediaAsset.Sha256}/d.png", km.BodyHtml);
        Assert.Equal(Actor.Importer.UserId, revision.AuthorId);
        Assert.Equal(64, revision.SourceHash!.Length);
    }

    [Fact]
    public async Task An_attachment_listed_by_one_locale_file_is_in_that_language_and_one_both_list_is_in_neither()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder()
            .WriteText("pages/x/km.md", ContentFolder.Page("page", "x", "ទំព័រ", "សង្ខេប",
                "attachments:\n  - file: sheet.km.md\n    title: សន្លឹកសកម្មភាព\n  - file: shared.md\n    title: ឯកសាររួម", "ខ្លឹមសារ"))
            .WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "Page", "Summary",
                "attachments:\n  - file: sheet.en.md\n    title: Activity sheet\n  - file: shared.md\n    title: Shared notes", "Body."))
            .WriteText("pages/x/sheet.km.md", "# សន្លឹកសកម្មភាព\n")
            .WriteText("pages/x/sheet.en.md", "# Activity sheet\n")
            .WriteText("pages/x/shared.md", "# Notes\n");

        var report = await ImportAsync(hub, content);

        Assert.Empty(report.Problems);
        var media = await hub.QueryAsync(db => db.RevisionMedia.OrderBy(m => m.Name).Select(m => new { m.Name, m.Locale, m.TitleKm, m.TitleEn }).ToListAsync());
        Assert.Equal([("shared.md", (string?)null), ("sheet.en.md", "en"), ("sheet.km.md", "km")], media.Select(m => (m.Name, m.Locale)));
        Assert.Equal(("ឯកសាររួម", "Shared notes"), (media[0].TitleKm, media[0].TitleEn));
    }

    [Fact]
    public async Task Reimport_of_unchanged_content_changes_nothing()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().CourseWithLesson();
        await ImportAsync(hub, content);
        var counts = (await CountAsync<Revision>(hub), await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub), await CountAsync<AuditEntry>(hub));

        var report = await ImportAsync(hub, content);

        Assert.Equal((0, 0, 2), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal(counts, (await CountAsync<Revision>(hub), await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub), await CountAsync<AuditEntry>(hub)));
        Assert.Equal(2, await CountAsync<ContentItem>(hub));
    }

    [Fact]
    public async Task Changed_item_gets_a_new_published_revision_and_one_feed_row()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().CourseWithLesson();
        await ImportAsync(hub, content);
        var feedBefore = await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub);
        var kmEditedBefore = await hub.QueryAsync(db => db.Translations.Where(t => t.Locale == "km" && t.Revision.ContentItem.Slug == "what-is-ai").Select(t => t.EditedAt).SingleAsync());
        await Task.Delay(5, TestContext.Current.CancellationToken);

        content.WriteText("courses/ai-basics/what-is-ai/en.md",
            ContentFolder.Page("lesson", "what-is-ai", "What is AI, revised", "New summary.", ContentFolder.LessonExtra("ai-basics", 1), "New body."));
        var report = await ImportAsync(hub, content);

        Assert.Equal((0, 1, 1), (report.Added, report.Updated, report.Unchanged));
        var revisions = await hub.QueryAsync(db => db.Revisions.Include(r => r.Translations)
            .Where(r => r.ContentItem.Slug == "what-is-ai").OrderBy(r => r.Number).ToListAsync());
        Assert.Equal([RevisionState.Superseded, RevisionState.Published], revisions.Select(r => r.State));
        Assert.Equal("What is AI, revised", revisions[1].Translation("en")!.Title);
        Assert.Equal(feedBefore + 1, await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub));
        // Only English changed: the Khmer text keeps its edit time, so the site can flag it as older.
        Assert.Equal(kmEditedBefore, revisions[1].Translation("km")!.EditedAt);
        Assert.True(revisions[1].Translation("en")!.EditedAt > kmEditedBefore);
    }

    [Fact]
    public async Task Bad_items_are_reported_and_the_rest_is_imported()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder()
            .Item("pages/good", "page", "good")
            .Item("pages/bad-type", "webinar", "bad-type")
            .Item("lessons/orphan", "lesson", "orphan", ContentFolder.LessonExtra("missing", 1))
            .WriteBytes("pages/latin1/en.md", [.. "---\ntype: page\nslug: latin1\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);

        var report = await ImportAsync(hub, content);

        Assert.Equal(1, report.Added);
        Assert.Equal(["good"], await hub.QueryAsync(db => db.Items.Select(i => i.Slug).ToListAsync()));
        Assert.Contains(report.Problems, p => p.Rule == ImportRules.UnknownType);
        Assert.Contains(report.Problems, p => p.Rule == ImportRules.MissingCourse);
        Assert.Contains(report.Problems, p => p.Rule == ImportRules.InvalidUtf8 && p.File == "pages/latin1/en.md" && p.Line == 4);
    }

    [Fact]
    public async Task Breaking_a_published_item_keeps_the_published_revision_as_it_was()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().Item("pages/x", "page", "x");
        await ImportAsync(hub, content);

        content.WriteText("pages/x/en.md", "---\ntype: page\nslug: x\ntitle: [unclosed\n---\n");
        var report = await ImportAsync(hub, content);

        Assert.Contains(report.Problems, p => p.Rule == ImportRules.InvalidFrontMatter && p.File == "pages/x/en.md" && p.Line == 4);
        Assert.Equal((0, 0, 0), (report.Added, report.Updated, report.Unchanged));
        var revision = await hub.QueryAsync(db => db.Revisions.Include(r => r.Translations).SingleAsync());
        Assert.Equal(RevisionState.Published, revision.State);
        Assert.Equal("Title of x", revision.Translation("en")!.Title);
    }

    [Fact]
    public async Task Failure_while_storing_an_item_rolls_it_back_whole()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().Item("pages/x", "page", "x");
        await ImportAsync(hub, content);
        var before = (await CountAsync<Revision>(hub), await CountAsync<AuditEntry>(hub), await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub));

        // A title longer than the column allows passes the reader but fails in the database on PostgreSQL;
        // SQLite does not enforce lengths, so simulate the failure with a trigger instead.
        await hub.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER fail_feed BEFORE INSERT ON ChangeFeed BEGIN SELECT RAISE(ABORT, 'disk full'); END;"));
        content.WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "Changed", "S", "", "B"));
        var report = await ImportAsync(hub, content);

        Assert.Contains(report.Problems, p => p.Rule == ImportRules.Database && p.Message.Contains("disk full"));
        Assert.Equal(before, (await CountAsync<Revision>(hub), await CountAsync<AuditEntry>(hub), await CountAsync<AiGovKh.Cms.Workflow.ChangeFeedEntry>(hub)));
        Assert.Equal("Title of x", await hub.QueryAsync(db => db.Translations.Where(t => t.Locale == "en").Select(t => t.Title).SingleAsync()));

        // Once the fault is gone, the next import applies the change.
        await hub.QueryAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_feed;"));
        Assert.Equal(1, (await ImportAsync(hub, content)).Updated);
    }

    [Fact]
    public async Task Organisations_are_upserted_not_duplicated()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder();
        await ImportAsync(hub, content);

        content.WriteText("organisations.yml", "- slug: mptc\n  name_km: ក្រសួង\n  name_en: Renamed Ministry\n");
        await ImportAsync(hub, content);

        var organisations = await hub.QueryAsync(db => db.Organisations.OrderBy(o => o.Slug).ToListAsync());
        Assert.Equal(["moeys", "mptc"], organisations.Select(o => o.Slug));
        Assert.Equal("Renamed Ministry", organisations[1].NameEn);
    }

    [Fact]
    public async Task Item_deleted_in_the_hub_stays_deleted()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().Item("pages/x", "page", "x");
        await ImportAsync(hub, content);
        var itemId = await hub.QueryAsync(db => db.Items.Select(i => i.Id).SingleAsync());
        await hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().DeleteAsync(itemId, new Actor("admin", null), null, TestContext.Current.CancellationToken));

        content.WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "Changed", "S", "", "B"));
        var report = await ImportAsync(hub, content);

        Assert.Contains(report.Problems, p => p.Rule == ImportRules.DeletedInHub);
        Assert.Equal(RevisionState.Archived, await hub.QueryAsync(db => db.Revisions.Select(r => r.State).SingleAsync()));
    }

    [Fact]
    public async Task Item_edited_in_the_hub_is_not_overwritten_by_a_later_import()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().Item("pages/x", "page", "x");
        await ImportAsync(hub, content);
        // An editor publishes revision 2 in the hub.
        var revisionId = await hub.QueryAsync(async db =>
        {
            var item = await db.Items.SingleAsync();
            var revision = new Revision { ContentItemId = item.Id, Number = 2, AuthorId = "editor-1" };
            revision.Translations.Add(new RevisionTranslation { Locale = "en", Title = "Edited in the hub" });
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            return revision.Id;
        });
        await hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().PublishAsync(revisionId, new Actor("editor-1", null), null, TestContext.Current.CancellationToken));

        var unchanged = await ImportAsync(hub, content);
        content.WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "Changed on disk", "S", "", "B"));
        var changed = await ImportAsync(hub, content);

        Assert.Equal(1, unchanged.Unchanged);
        Assert.Contains(changed.Problems, p => p.Rule == ImportRules.EditedInHub && p.Severity == ProblemSeverity.Warning);
        var published = await hub.QueryAsync(db => db.Translations.Where(t => t.Revision.State == RevisionState.Published).Select(t => t.Title).SingleAsync());
        Assert.Equal("Edited in the hub", published);
    }

    [Fact]
    public async Task Lesson_can_join_a_course_imported_earlier()
    {
        await using var hub = await TestHub.StartAsync();
        using var content = new ContentFolder().Item("courses/c", "course", "c");
        await ImportAsync(hub, content);

        content.Item("courses/c/l", "lesson", "l", ContentFolder.LessonExtra("c", 1));
        var report = await ImportAsync(hub, content);

        Assert.Equal((1, 0, 1), (report.Added, report.Updated, report.Unchanged));
        Assert.Equal("c", await hub.QueryAsync(db => db.Items.Where(i => i.Slug == "l").Select(i => i.Course!.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Shared_image_is_stored_once_across_items()
    {
        await using var hub = await TestHub.StartAsync();
        var png = TestImages.Png(12, 12);
        using var content = new ContentFolder()
            .Item("pages/a", "page", "a", "images:\n  - file: logo.png\n    alt: Logo", "![](logo.png)", "![](logo.png)")
            .Item("pages/b", "page", "b", "images:\n  - file: logo.png\n    alt: Logo", "![](logo.png)", "![](logo.png)")
            .WriteBytes("pages/a/logo.png", png)
            .WriteBytes("pages/b/logo.png", png);

        var report = await ImportAsync(hub, content);

        Assert.Equal(2, report.Added);
        Assert.Equal(1, await CountAsync<AiGovKh.Cms.Media.MediaBlob>(hub));
        Assert.Equal(2, await CountAsync<RevisionMedia>(hub));
    }
}
