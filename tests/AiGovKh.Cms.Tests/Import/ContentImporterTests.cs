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
        Assert.Equal(2, await hub.QueryAsync(db => db.Organisations.CountAsync()));
    }
}
