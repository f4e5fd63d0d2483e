using AiGovKh.Search.Indexing;
using AiGovKh.Search.Querying;
using static AiGovKh.Search.Tests.SearchTestDocuments;

namespace AiGovKh.Search.Tests.Indexing;

public sealed class SearchIndexTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "aigovkh-index-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(_path)) Directory.Delete(_path, recursive: true);
    }

    private static long Count(SearchIndex index, string text) => index.Queries.Search(new SearchRequest(text, "en")).Total;

    [Fact]
    public void New_index_asks_for_a_rebuild()
    {
        using var index = SearchIndex.Open(_path);
        Assert.Equal(RebuildReason.Missing, index.Rebuild);
        Assert.Null(index.Checkpoint);
    }

    [Fact]
    public void Upsert_is_visible_after_commit_and_remove_makes_it_gone()
    {
        using var index = SearchIndex.Open(_path);
        index.Upsert("a", [En("a", "Robots", "robots"), Km("a", "រ៉ូបូត", "រ៉ូបូត")]);
        index.Commit(5);
        Assert.Equal(1, Count(index, "robots"));
        Assert.Equal(2, index.DocumentCount);

        index.Upsert("a", [En("a", "Drones", "drones")]);
        index.Commit(6);
        Assert.Equal(0, Count(index, "robots"));
        Assert.Equal(1, Count(index, "drones"));

        index.Remove("a");
        index.Commit(7);
        Assert.Equal(0, Count(index, "drones"));
        Assert.Equal(0, index.DocumentCount);
    }

    [Fact]
    public void Reopened_index_resumes_from_its_checkpoint()
    {
        using (var index = SearchIndex.Open(_path))
        {
            index.RebuildFrom([En("a", "Robots", "robots")], 41, TestContext.Current.CancellationToken);
            index.Upsert("b", [En("b", "Drones", "drones")]);
            index.Commit(42);
        }
        using var reopened = SearchIndex.Open(_path);
        Assert.Equal(RebuildReason.None, reopened.Rebuild);
        Assert.Equal(42, reopened.Checkpoint!.Sequence);
        Assert.Equal(1, Count(reopened, "drones"));
    }

    [Fact]
    public void Corrupt_index_is_wiped_and_reported_for_rebuild()
    {
        using (var index = SearchIndex.Open(_path))
        {
            index.RebuildFrom([En("a", "Robots", "robots")], 3, TestContext.Current.CancellationToken);
        }
        foreach (var file in Directory.GetFiles(_path).Where(f => !f.EndsWith("write.lock")))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        }
        using var reopened = SearchIndex.Open(_path);
        Assert.Equal(RebuildReason.Corrupt, reopened.Rebuild);
        Assert.Equal(0, reopened.DocumentCount);
        reopened.RebuildFrom([En("a", "Robots", "robots")], 3, TestContext.Current.CancellationToken);
        Assert.Equal(1, Count(reopened, "robots"));
        Assert.Equal(RebuildReason.None, reopened.Rebuild);
        Assert.Equal(RebuildReason.Corrupt, reopened.OpenedWith);
        Assert.Equal(RebuildReason.Corrupt, reopened.LastRebuild);
    }

    [Fact]
    public void Queries_see_the_old_contents_while_a_rebuild_is_running()
    {
        using var index = SearchIndex.Open(_path);
        index.RebuildFrom([En("a", "Robots", "robots")], 1, TestContext.Current.CancellationToken);
        long seenDuringRebuild = -1;
        IEnumerable<SearchDocument> Slow()
        {
            seenDuringRebuild = Count(index, "robots");
            yield return En("b", "Drones", "drones");
        }
        index.RebuildFrom(Slow(), 2, TestContext.Current.CancellationToken);
        Assert.Equal(1, seenDuringRebuild);
        Assert.Equal(0, Count(index, "robots"));
        Assert.Equal(1, Count(index, "drones"));
    }

    [Fact]
    public void Second_writer_on_the_same_directory_gets_a_clear_error()
    {
        using var index = SearchIndex.Open(_path);
        Assert.Throws<IndexLockedException>(() => SearchIndex.Open(_path));
    }
}
