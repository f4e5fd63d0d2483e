using Lucene.Net.Store;

namespace AiGovKh.Search.Indexing;

/// <summary>
/// Index files read through memory maps, like Lucene's <see cref="MMapDirectory"/> (no lock per read, so
/// concurrent queries never queue on a file handle), but with clones that cost nothing to track.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8's <see cref="MMapDirectory"/> registers every clone of an input in a
/// <c>ConditionalWeakTable</c> so that closing a file can invalidate its clones. A query clones inputs for
/// every term, field and segment it touches, and every garbage collection has to scan those weak
/// handles: over 20,000 documents, gen-0 pauses grew to 30–60 ms and were the whole p99 of the search
/// latency benchmark. Here a clone is a pointer and a position; a closed file's mapping lives on until
/// the last clone is unreachable (<see cref="MappedFile"/>).
/// </remarks>
public sealed class MappedDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        string file = Path.Combine(Directory.FullName, name);
        var mapped = MappedFile.Open(file);
        return new MappedIndexInput($"MappedIndexInput(path=\"{file}\")", mapped, 0, mapped.Length, ownsFile: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        string file = Path.Combine(Directory.FullName, name);
        return new Slicer(file, MappedFile.Open(file));
    }

    private sealed class Slicer(string path, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Close();
        }
    }
}
