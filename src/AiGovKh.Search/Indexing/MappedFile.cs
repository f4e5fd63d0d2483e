using System.IO.MemoryMappedFiles;

namespace AiGovKh.Search.Indexing;

/// <summary>
/// One index file mapped into memory, read through a raw pointer. The mapping is released when the last
/// input reading it is unreachable (finalizer), not when the file is closed: Lucene never closes clones,
/// so unmapping on close could turn a stray read into a crash; releasing late only delays freeing the
/// address space (and, on Linux, a deleted file's disk blocks) until the next full collection.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedViewAccessor? _view;
    private int _released;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        Start = start;
        Length = length;
    }

    /// <summary>The first byte of the file (null for an empty file).</summary>
    public byte* Start { get; }

    public long Length { get; }

    private volatile bool _closed;

    /// <summary>True once the input or slicer that opened the file is closed: seeks and clones then fail.</summary>
    public bool IsClosed => _closed;

    /// <summary>Marks the file closed; the mapping itself goes when the last input reading it is collected.</summary>
    public void Close() => _closed = true;

    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        long length = stream.Length;
        if (length == 0) return new MappedFile(null, null, 0);
        // The view keeps the mapping alive after the file handle and the mapping object are closed.
        using var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        var view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, length);
    }

    ~MappedFile()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0 || _view is null) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }
}
