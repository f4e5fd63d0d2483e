using AiGovKh.Search.Analysis;
using AiGovKh.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AiGovKh.Search.Indexing;

/// <summary>
/// The hub's Lucene index on one node: one writer, near-real-time readers through a
/// <see cref="SearcherManager"/>, and a checkpoint (<see cref="IndexCheckpoint"/>) in every commit.
/// Writes come from one thread (the indexer); queries run concurrently and never wait for writes:
/// a query sees the last refreshed reader.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Analyzer _analyzer;
    private volatile bool _rebuilding;
    private RebuildReason _rebuildingFor;
    private long _generation;

    private SearchIndex(LuceneDirectory directory, IndexWriter writer, Analyzer analyzer,
        IndexCheckpoint? checkpoint, RebuildReason rebuild)
    {
        _directory = directory;
        _writer = writer;
        _analyzer = analyzer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new HubSearcher.Factory());
        Checkpoint = checkpoint;
        OpenedAt = checkpoint;
        Rebuild = rebuild;
        OpenedWith = rebuild;
        Queries = new IndexQueries(this);
    }

    /// <summary>The checkpoint of the last commit (null until the index has been built).</summary>
    public IndexCheckpoint? Checkpoint { get; private set; }

    /// <summary>The checkpoint found in the index when it was opened: where a restarted node resumes.</summary>
    public IndexCheckpoint? OpenedAt { get; }

    /// <summary>Why the index must be rebuilt from the database; <see cref="RebuildReason.None"/> when it can resume.</summary>
    public RebuildReason Rebuild { get; private set; }

    /// <summary>Why the index needed a rebuild when it was opened (<see cref="Rebuild"/> goes back to None once rebuilt).</summary>
    public RebuildReason OpenedWith { get; }

    /// <summary>The reason of the last completed rebuild; None until one completes.</summary>
    public RebuildReason LastRebuild { get; private set; }

    /// <summary>True while a full rebuild runs; queries still see the previous reader.</summary>
    public bool IsRebuilding => _rebuilding;

    /// <summary>Querying this index.</summary>
    public IndexQueries Queries { get; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>, creating it when missing. A corrupt or unreadable
    /// index is deleted and reported through <see cref="Rebuild"/>, never thrown.
    /// </summary>
    public static SearchIndex Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        // Memory-mapped reads: no lock per file read, so concurrent queries do not queue on one handle.
        var directory = new MappedDirectory(new DirectoryInfo(path));
        var (checkpoint, reason) = Inspect(directory);
        if (reason == RebuildReason.Corrupt) Wipe(directory, path);
        return Create(directory, checkpoint, reason);
    }

    /// <summary>An index kept in memory (tests, benchmarks).</summary>
    public static SearchIndex InMemory() => Create(new RAMDirectory(), null, RebuildReason.Missing);

    private static SearchIndex Create(LuceneDirectory directory, IndexCheckpoint? checkpoint, RebuildReason reason)
    {
        var analyzer = HubAnalyzers.ForIndex();
        var config = new IndexWriterConfig(HubAnalyzers.Version, analyzer)
        {
            OpenMode = reason is RebuildReason.Missing or RebuildReason.Corrupt ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 32,
        };
        IndexWriter writer;
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException e)
        {
            directory.Dispose();
            throw new IndexLockedException("The search index is in use by another process (is the site running?).", e);
        }
        if (reason is RebuildReason.Missing or RebuildReason.Corrupt) writer.Commit();
        return new SearchIndex(directory, writer, analyzer, checkpoint, reason);
    }

    private static (IndexCheckpoint?, RebuildReason) Inspect(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory)) return (null, RebuildReason.Missing);
            using var reader = DirectoryReader.Open(directory);
            var checkpoint = IndexCheckpoint.FromCommitData(reader.IndexCommit.UserData);
            if (checkpoint is null) return (null, RebuildReason.NoCheckpoint);
            if (checkpoint.Schema != IndexCheckpoint.CurrentSchema) return (checkpoint, RebuildReason.OtherSchema);
            return (checkpoint, RebuildReason.None);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException
            or IndexFormatTooNewException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return (null, RebuildReason.Corrupt);
        }
    }

    private static void Wipe(LuceneDirectory directory, string path)
    {
        foreach (var file in directory.ListAll())
        {
            if (file == IndexWriter.WRITE_LOCK_NAME) continue;
            File.Delete(Path.Combine(path, file));
        }
    }

    /// <summary>Replaces every document of the item <paramref name="slug"/> with <paramref name="documents"/>.</summary>
    public void Upsert(string slug, IReadOnlyList<SearchDocument> documents)
    {
        var term = new Term(SearchFields.Item, slug);
        if (documents.Count == 0)
        {
            _writer.DeleteDocuments(term);
            return;
        }
        _writer.UpdateDocuments(term, documents.Select(DocumentMapper.ToLucene));
    }

    /// <summary>Removes every document of the item <paramref name="slug"/>.</summary>
    public void Remove(string slug) => _writer.DeleteDocuments(new Term(SearchFields.Item, slug));

    /// <summary>Commits the changes so far with the feed sequence they bring the index to, and makes them visible.</summary>
    public void Commit(long sequence)
    {
        var checkpoint = new IndexCheckpoint(sequence, IndexCheckpoint.CurrentSchema);
        _writer.SetCommitData(checkpoint.ToCommitData());
        _writer.Commit();
        Checkpoint = checkpoint;
        _searchers.MaybeRefreshBlocking();
        Interlocked.Increment(ref _generation);
    }

    /// <summary>
    /// Goes up after every commit, once queries see it: an answer computed after reading generation g is at
    /// least as fresh as g, so caches can key answers on it and never serve one older than the index.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>
    /// Replaces the whole index with <paramref name="documents"/> and commits at <paramref name="sequence"/>.
    /// Queries keep seeing the previous contents until the new ones are committed.
    /// </summary>
    public int RebuildFrom(IEnumerable<SearchDocument> documents, long sequence, CancellationToken cancellationToken = default)
    {
        StartRebuild();
        try
        {
            int count = 0;
            foreach (var doc in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddDuringRebuild(doc);
                count++;
            }
            CompleteRebuild(sequence);
            return count;
        }
        catch
        {
            AbortRebuild();
            throw;
        }
    }

    /// <summary>Starts a full rebuild: everything is deleted, but queries see the old contents until <see cref="CompleteRebuild"/>.</summary>
    public void StartRebuild()
    {
        _rebuildingFor = Rebuild == RebuildReason.None ? RebuildReason.Requested : Rebuild;
        _rebuilding = true;
        _writer.DeleteAll();
    }

    /// <summary>Adds a document during a rebuild.</summary>
    public void AddDuringRebuild(SearchDocument document) => _writer.AddDocument(DocumentMapper.ToLucene(document));

    /// <summary>Commits the rebuilt index at <paramref name="sequence"/> and makes it visible.</summary>
    public void CompleteRebuild(long sequence)
    {
        Commit(sequence);
        LastRebuild = _rebuildingFor;
        Rebuild = RebuildReason.None;
        _rebuilding = false;
    }

    /// <summary>
    /// Gives up a rebuild. The uncommitted deletion stays buffered in the writer, so the index is marked
    /// for another rebuild and must not be committed by anything else first.
    /// </summary>
    public void AbortRebuild()
    {
        Rebuild = RebuildReason.Requested;
        _rebuilding = false;
    }

    /// <summary>Marks the index for a rebuild (the feed moved behind the checkpoint, or an operator asked).</summary>
    public void RequireRebuild(RebuildReason reason) => Rebuild = reason;

    /// <summary>Number of documents visible to queries.</summary>
    public int DocumentCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try { return searcher.IndexReader.NumDocs; }
            finally { _searchers.Release(searcher); }
        }
    }

    internal IndexSearcher AcquireSearcher() => _searchers.Acquire();

    internal void ReleaseSearcher(IndexSearcher searcher) => _searchers.Release(searcher);

    internal Analyzer Analyzer => _analyzer;

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}

/// <summary>The index directory is locked by another writer (another process on this node).</summary>
public sealed class IndexLockedException(string message, Exception inner) : Exception(message, inner);
