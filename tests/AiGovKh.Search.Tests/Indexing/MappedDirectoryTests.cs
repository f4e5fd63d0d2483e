using AiGovKh.Search.Indexing;
using Lucene.Net.Store;

namespace AiGovKh.Search.Tests.Indexing;

public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "aigovkh-mapped-" + Guid.NewGuid().ToString("n"));
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests()
    {
        _directory = new MappedDirectory(System.IO.Directory.CreateDirectory(_path));
    }

    public void Dispose()
    {
        _directory.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }

    private void Write(string name, Action<IndexOutput> write)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }

    [Fact]
    public void Reads_back_what_was_written_in_Lucene_byte_order()
    {
        Write("f", o =>
        {
            o.WriteByte(7);
            o.WriteInt16(-2);
            o.WriteInt32(0x01020304);
            o.WriteInt64(-5_000_000_000L);
            o.WriteVInt32(300);
            o.WriteVInt64(1L << 40);
            o.WriteString("ក្រសួង AI");
            o.WriteBytes([1, 2, 3, 4, 5], 5);
        });
        using var input = _directory.OpenInput("f", IOContext.DEFAULT);
        Assert.Equal(7, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(0x01020304, input.ReadInt32());
        Assert.Equal(-5_000_000_000L, input.ReadInt64());
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(1L << 40, input.ReadVInt64());
        Assert.Equal("ក្រសួង AI", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal([1, 2, 3, 4, 5], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void A_clone_keeps_its_own_position()
    {
        Write("f", o => { for (int i = 0; i < 100; i++) o.WriteByte((byte)i); });
        using var input = _directory.OpenInput("f", IOContext.DEFAULT);
        input.Seek(10);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(10, clone.Position);
        clone.Seek(50);
        Assert.Equal(50, clone.ReadByte());
        Assert.Equal(10, input.ReadByte());
        clone.SkipBytes(9);
        Assert.Equal(60, clone.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_is_an_IO_error_not_a_crash()
    {
        Write("f", o => o.WriteInt16(1));
        using var input = _directory.OpenInput("f", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Empty_files_open_and_read_as_empty()
    {
        Write("empty", _ => { });
        using var input = _directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_slice_sees_only_its_range()
    {
        Write("cfs", o => { for (int i = 0; i < 100; i++) o.WriteByte((byte)i); });
        using var slicer = _directory.CreateSlicer("cfs", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 20, 10);
        Assert.Equal(10, slice.Length);
        Assert.Equal(20, slice.ReadByte());
        slice.Seek(9);
        Assert.Equal(29, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("beyond", 95, 10));
    }

    [Fact]
    public void Clones_of_a_closed_file_fail_instead_of_reading()
    {
        Write("f", o => o.WriteInt32(42));
        var input = _directory.OpenInput("f", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    [Fact]
    public void Opening_a_missing_file_says_so()
    {
        Assert.Throws<FileNotFoundException>(() => _directory.OpenInput("missing", IOContext.DEFAULT));
    }
}
