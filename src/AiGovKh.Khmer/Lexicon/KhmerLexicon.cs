using System.Runtime.CompilerServices;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// A set of Khmer words keyed by their cluster sequence. Lookup walks a text cluster by cluster,
/// extending a <see cref="SequenceHash"/>; the table answers "is this a word" and "can a word
/// continue", so scanning stops as soon as no word can continue. No strings are allocated at lookup.
/// </summary>
public sealed class KhmerLexicon
{
    /// <summary>Flag bits stored in the low bits of each table entry: prefix/word of the primary and of the secondary list.</summary>
    internal const byte PrimaryPrefix = 1, PrimaryWord = 2, SecondaryPrefix = 4, SecondaryWord = 8;
    private const uint FlagMask = 0xF;

    // Buckets of four uint slots (16 bytes, compared in one vector operation). A slot holds a
    // 28-bit fingerprint (low bits of the sequence hash, never zero) and the 4 flag bits; 0 = empty.
    // The bucket comes from the high bits of the hash, so a false match needs both to agree (about
    // 45 bits). Slots fill in order; a bucket whose last slot is empty ends the search.
    private readonly uint[] _table;
    private readonly int _bucketMask;

    private KhmerLexicon(uint[] table, int count, int maxClusters)
    {
        _table = table;
        _bucketMask = table.Length / 4 - 1;
        Count = count;
        MaxClusters = maxClusters;
    }

    internal int Entries { get; private init; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Length in clusters of the longest word.</summary>
    public int MaxClusters { get; }

    /// <summary>The ICU Khmer dictionary (normalised) plus the project's curated AI and government vocabulary.</summary>
    public static KhmerLexicon Icu => IcuHolder.Instance;

    /// <summary>The project's curated AI and government vocabulary alone: terms the statistical segmenter keeps whole.</summary>
    internal static KhmerLexicon Curated => CuratedHolder.Instance;

    /// <summary>Builds a lexicon from words (expected normalised; blank entries are skipped).</summary>
    public static KhmerLexicon FromWords(IEnumerable<string> words) => FromWords(words, []);

    /// <summary>Builds a lexicon of two word lists that one probe answers for both (see the flag constants).</summary>
    internal static KhmerLexicon FromWords(IEnumerable<string> primary, IEnumerable<string> secondary)
    {
        var entries = new Dictionary<ulong, byte>(); // full 64-bit hash → flags
        int count = 0, maxClusters = 0;
        var clusters = new List<Range>();
        void AddAll(IEnumerable<string> words, byte prefixFlag, byte wordFlag)
        {
            foreach (string word in words)
            {
                if (string.IsNullOrWhiteSpace(word)) continue;
                clusters.Clear();
                KhmerClusters.Split(word, clusters);
                ulong h = SequenceHash.Empty;
                for (int i = 0; i < clusters.Count; i++)
                {
                    h = SequenceHash.Append(h, SequenceHash.Of(word.AsSpan()[clusters[i]]));
                    entries.TryGetValue(h, out byte flags);
                    entries[h] = (byte)(flags | (i == clusters.Count - 1 ? wordFlag : prefixFlag));
                }
                count++;
                maxClusters = Math.Max(maxClusters, clusters.Count);
            }
        }
        AddAll(primary, PrimaryPrefix, PrimaryWord);
        AddAll(secondary, SecondaryPrefix, SecondaryWord);
        int size = 16;
        while (size < entries.Count * 3 / 2 + 2) size <<= 1; // load ≤ 2/3: almost every key is in its own bucket
        var table = new uint[size];
        int bucketMask = size / 4 - 1;
        foreach (var (hash, flags) in entries)
        {
            int slot = Bucket(hash, bucketMask) * 4;
            while (table[slot] != 0) slot = (slot + 1) & (size - 1);
            table[slot] = Fingerprint(hash) | flags;
        }
        return new KhmerLexicon(table, count, maxClusters) { Entries = entries.Count };
    }

    /// <summary>Flags of a cluster-sequence hash: which lists have it as a word and which have longer words starting with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal byte Flags(ulong sequence)
    {
        var fingerprint = System.Runtime.Intrinsics.Vector128.Create(Fingerprint(sequence));
        var keyMask = System.Runtime.Intrinsics.Vector128.Create(~FlagMask);
        int bucket = Bucket(sequence, _bucketMask);
        ref uint table = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table);
        while (true)
        {
            int slot = bucket * 4;
            var lanes = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref table, (nuint)slot);
            uint match = System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(System.Runtime.Intrinsics.Vector128.Equals(lanes & keyMask, fingerprint));
            if (match != 0) return (byte)(Unsafe.Add(ref table, slot + System.Numerics.BitOperations.TrailingZeroCount(match)) & FlagMask);
            if (Unsafe.Add(ref table, slot + 3) == 0) return 0;
            bucket = (bucket + 1) & _bucketMask;
        }
    }

    /// <summary>Asks the CPU to fetch the cache line a later <see cref="Flags"/> of the same sequence will read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal unsafe void Prefetch(ulong sequence)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            // No pinning: a prefetch of an address the GC has since moved is only a wasted hint, never a fault.
            ref uint slot = ref Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table), Bucket(sequence, _bucketMask) * 4);
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref slot));
        }
    }

    private static uint Fingerprint(ulong sequence) => ((uint)sequence | 0x10u) & ~FlagMask;

    private static int Bucket(ulong sequence, int bucketMask) => (int)(sequence >> 40) & bucketMask;

    /// <summary>Reads a UTF-8 word list, one word a line (lines starting with # are comments).</summary>
    public static IEnumerable<string> ReadWordList(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }

    /// <summary>True when the cluster sequence whose hash is <paramref name="sequence"/> is a word.</summary>
    public bool IsWord(ulong sequence) => (Flags(sequence) & (PrimaryWord | SecondaryWord)) != 0;

    /// <summary>Looks a sequence up: <c>isWord</c> when it is a word, returns false when no word starts with it.</summary>
    public bool Probe(ulong sequence, out bool isWord)
    {
        byte flags = Flags(sequence);
        isWord = (flags & (PrimaryWord | SecondaryWord)) != 0;
        return (flags & (PrimaryPrefix | SecondaryPrefix)) != 0;
    }

    /// <summary>True when the string (normalised) is a word.</summary>
    public bool Contains(string word)
    {
        var clusters = new List<Range>();
        KhmerClusters.Split(word, clusters);
        ulong h = SequenceHash.Empty;
        foreach (var range in clusters) h = SequenceHash.Append(h, SequenceHash.Of(word.AsSpan()[range]));
        return clusters.Count > 0 && IsWord(h);
    }

    /// <summary>The words of <see cref="Icu"/>: ICU's dictionary and the curated list.</summary>
    internal static IEnumerable<string> IcuWords() =>
        ReadResource("AiGovKh.Khmer.Lexicon.icu-khmer-words.txt.gz").Concat(ReadResource("AiGovKh.Khmer.Lexicon.curated-words.txt"));

    internal static IEnumerable<string> ReadResource(string name)
    {
        var assembly = typeof(KhmerLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from {assembly.GetName().Name}.");
        Stream source = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(source, Encoding.UTF8);
        foreach (string word in ReadWordList(reader)) yield return word;
    }

    private static class CuratedHolder
    {
        public static readonly KhmerLexicon Instance = FromWords(ReadResource("AiGovKh.Khmer.Lexicon.curated-words.txt"));
    }

    private static class IcuHolder
    {
        public static readonly KhmerLexicon Instance = FromWords(IcuWords());
    }
}
