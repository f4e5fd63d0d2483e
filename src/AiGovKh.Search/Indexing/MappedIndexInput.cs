using System.Buffers.Binary;
using Lucene.Net.Store;

namespace AiGovKh.Search.Indexing;

/// <summary>
/// Reads a slice of a <see cref="MappedFile"/>. A clone is a copy of the slice and its position, with no
/// registration anywhere (see <see cref="MappedDirectory"/> for why that matters).
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private readonly bool _ownsFile;
    private long _position;

    public MappedIndexInput(string description, MappedFile file, long offset, long length, bool ownsFile) : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
            throw new ArgumentException($"slice {offset}+{length} out of bounds of a file of {file.Length} bytes: {description}");
        _file = file;
        _start = file.Start + offset;
        _length = length;
        _ownsFile = ownsFile;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        EnsureOpen();
        if ((ulong)pos > (ulong)_length) throw new EndOfStreamException($"seek past EOF ({pos} of {_length}): {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length) throw Eof(1);
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override void SkipBytes(long numBytes)
    {
        if (numBytes < 0) throw new ArgumentOutOfRangeException(nameof(numBytes), "numBytes must be >= 0");
        Seek(_position + numBytes);
    }

    public override object Clone()
    {
        EnsureOpen();
        return base.Clone();
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || _length - _position < count) throw Eof(count);
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException Eof(int count)
    {
        EnsureOpen();
        return new EndOfStreamException($"read past EOF ({count} bytes at {_position} of {_length}): {this}");
    }

    private void EnsureOpen()
    {
        if (_file.IsClosed) throw new ObjectDisposedException(ToString(), "The index file is closed.");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile) _file.Close();
    }
}
