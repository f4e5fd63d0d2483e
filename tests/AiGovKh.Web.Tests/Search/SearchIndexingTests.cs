using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Search.Indexing;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AiGovKh.Web.Tests.Search.SearchHub;

namespace AiGovKh.Web.Tests.Search;

public sealed class SearchIndexingTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aigovkh-tests", "search-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static async Task<int> AddDraftAsync(SearchHub hub, string slug, string titleKm, string titleEn)
    {
        int revisionId = 0;
        await hub.WithDatabaseAsync(async db =>
        {
            var org = await db.Organisations.FirstAsync(TestContext.Current.CancellationToken);
            var item = TestContent.Item(org, slug, ContentType.Guideline, AudienceTier.Leaders);
            var revision = new Revision
            {
                Number = 1, State = RevisionState.Draft, AuthorId = "test", CreatedAt = TestContent.Written, UpdatedAt = TestContent.Written,
                Translations = [TestContent.Text("km", titleKm, "", "<p>អត្ថបទ</p>"), TestContent.Text("en", titleEn, "", "<p>Text</p>")],
            };
            Classification.Copy(item, revision);
            item.Revisions.Add(revision);
            db.Items.Add(item);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            revisionId = revision.Id;
        });
        return revisionId;
    }

    private static async Task<WorkflowResult> WorkflowAsync(SearchHub hub, Func<PublishingService, Task<WorkflowResult>> action)
    {
        await using var scope = hub.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PublishingService>());
    }

    [Fact]
    public async Task Publish_is_found_and_unpublish_and_delete_make_it_gone()
    {
        await using var hub = new SearchHub();
        var client = await hub.CreateSeededClientAsync();
        int revisionId = await AddDraftAsync(hub, "drone-rules", "ច្បាប់ដ្រូន", "Drone rules");
        var before = await WaitForAsync(client, "q=drone&lang=en", _ => true);
        Assert.False(Has(before, "drone-rules"));

        await WorkflowAsync(hub, p => p.PublishAsync(revisionId, Actor.System));
        var started = DateTime.UtcNow;
        await WaitForAsync(client, "q=drone&lang=en", j => Has(j, "drone-rules", "en"));
        await WaitForAsync(client, "q=" + Uri.EscapeDataString("ដ្រូន"), j => Has(j, "drone-rules", "km"));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "a publish should reach the index within about a second");

        int itemId = 0;
        await hub.WithDatabaseAsync(async db => itemId = (await db.Items.SingleAsync(i => i.Slug == "drone-rules", TestContext.Current.CancellationToken)).Id);
        await WorkflowAsync(hub, p => p.UnpublishAsync(itemId, Actor.System));
        await WaitForAsync(client, "q=drone&lang=en", j => !Has(j, "drone-rules"));

        await WorkflowAsync(hub, p => p.PublishAsync(revisionId, Actor.System));
        await WaitForAsync(client, "q=drone&lang=en", j => Has(j, "drone-rules"));
        await WorkflowAsync(hub, p => p.DeleteAsync(itemId, Actor.System));
        await WaitForAsync(client, "q=drone&lang=en", j => !Has(j, "drone-rules"));
    }

    [Fact]
    public async Task Restarted_node_resumes_from_the_checkpoint_in_the_index()
    {
        SearchIndex firstIndex;
        await using (var first = new SearchHub(_data))
        {
            var client = await first.CreateSeededClientAsync();
            await WaitForAsync(client, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
            firstIndex = first.Index;
        }
        // Read the checkpoint once the first node has stopped: its indexer may commit a later feed batch
        // after the lesson is first found, right up to shutdown.
        long sequence = firstIndex.Checkpoint!.Sequence;
        await using var second = new SearchHub(_data);
        var index = second.Index;
        // The second node opens the first one's commit and resumes from it without a rebuild; its indexer may
        // already have applied a later feed row (one the first node had not reached) by the time we look.
        Assert.Equal(RebuildReason.None, index.OpenedWith);
        Assert.Equal(sequence, index.OpenedAt!.Sequence);
        Assert.True(index.Checkpoint!.Sequence >= sequence);
        Assert.True(index.DocumentCount > 0);
        var client2 = second.CreateClient();
        await WaitForAsync(client2, "q=AI&lang=en", j => Has(j, TestContent.Lesson1), seconds: 5);
    }

    [Fact]
    public async Task Corrupt_index_is_rebuilt_from_the_database_on_start()
    {
        await using (var first = new SearchHub(_data))
        {
            var client = await first.CreateSeededClientAsync();
            await WaitForAsync(client, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(_data, "index")).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            await File.WriteAllBytesAsync(file, [0x13, 0x37, 0, 1, 2], TestContext.Current.CancellationToken);
        }
        await using var second = new SearchHub(_data);
        // The background rebuild may already have finished by now, so check what the index found on
        // opening, and that the rebuild that ran was for that reason, rather than racing it.
        Assert.Equal(RebuildReason.Corrupt, second.Index.OpenedWith);
        var client2 = second.CreateClient();
        await WaitForAsync(client2, "q=AI&lang=en", j => Has(j, TestContent.Lesson1));
        Assert.Equal(RebuildReason.Corrupt, second.Index.LastRebuild);
        Assert.Equal(RebuildReason.None, second.Index.Rebuild);
    }
}
