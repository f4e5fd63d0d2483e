using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// Numbers the distinct clusters of a lexicon 1..<see cref="Size"/>, most frequent first, so that a
/// run is turned into small integers once and the trie is walked with array arithmetic, not hashing.
/// A cluster the lexicon never uses has id 0: no word goes through it.
/// </summary>
internal sealed class ClusterAlphabet
{
    private const int IdBits = 20;
    private const ulong IdMask = (1UL << IdBits) - 1;

    // Open addressing on the cluster hash: an entry is the hash's high 44 bits and the id; 0 is empty.
    // The slot comes from the low bits, so a false match needs 44 + log2(size) bits to agree.
    private readonly ulong[] _table;
    private readonly int _mask;

    /// <param name="clusterHashes">Distinct <see cref="SequenceHash.Of"/> values, in id order (the first gets id 1).</param>
    public ClusterAlphabet(IReadOnlyList<ulong> clusterHashes)
    {
        if (clusterHashes.Count >= (int)IdMask) throw new ArgumentException("Too many distinct clusters.", nameof(clusterHashes));
        int size = 16;
        while (size < clusterHashes.Count * 2) size <<= 1;
        _table = new ulong[size];
        _mask = size - 1;
        for (int id = 1; id <= clusterHashes.Count; id++)
        {
            ulong hash = clusterHashes[id - 1];
            int slot = (int)hash & _mask;
            while (_table[slot] != 0) slot = (slot + 1) & _mask;
            _table[slot] = (hash & ~IdMask) | (uint)id;
        }
        Size = clusterHashes.Count;
    }

    /// <summary>Number of clusters with an id (ids run from 1 to Size).</summary>
    public int Size { get; }

    /// <summary>The id of a cluster from its hash, or 0 when no word of the lexicon holds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdOf(ulong clusterHash)
    {
        ref ulong table = ref MemoryMarshal.GetArrayDataReference(_table);
        ulong key = clusterHash & ~IdMask;
        int slot = (int)clusterHash & _mask;
        while (true)
        {
            ulong entry = Unsafe.Add(ref table, slot);
            if ((entry & ~IdMask) == key && entry != 0) return (int)(entry & IdMask);
            if (entry == 0) return 0;
            slot = (slot + 1) & _mask;
        }
    }
}
