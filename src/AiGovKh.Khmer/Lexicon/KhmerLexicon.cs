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
    private const ulong FlagMask = 0xF;

    // One ulong per slot: the sequence hash with its low 4 bits replaced by the flags (0 = empty slot),
    // so a probe touches one cache line. 60-bit keys: 32-bit keys collide measurably at 250k entries.
    private readonly ulong[] _table;
    private readonly int _mask;

    private KhmerLexicon(ulong[] table, int count, int maxClusters)
    {
        _table = table;
        _mask = table.Length - 1;
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

    /// <summary>Builds a lexicon from words (expected normalised; blank entries are skipped).</summary>
    public static KhmerLexicon FromWords(IEnumerable<string> words) => FromWords(words, []);

    /// <summary>Builds a lexicon of two word lists that one probe answers for both (see the flag constants).</summary>
    internal static KhmerLexicon FromWords(IEnumerable<string> primary, IEnumerable<string> secondary)
    {
        var entries = new Dictionary<ulong, byte>();
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
                    ulong key = KeyOf(h);
                    entries.TryGetValue(key, out byte flags);
                    entries[key] = (byte)(flags | (i == clusters.Count - 1 ? wordFlag : prefixFlag));
                }
                count++;
                maxClusters = Math.Max(maxClusters, clusters.Count);
            }
        }
        AddAll(primary, PrimaryPrefix, PrimaryWord);
        AddAll(secondary, SecondaryPrefix, SecondaryWord);
        int size = 1;
        while (size < entries.Count * 2 + 2) size <<= 1;
        var table = new ulong[size];
        foreach (var (key, flags) in entries)
        {
            int slot = Slot(key, size - 1);
            while (table[slot] != 0) slot = (slot + 1) & (size - 1);
            table[slot] = key | flags;
        }
        return new KhmerLexicon(table, count, maxClusters) { Entries = entries.Count };
    }

    /// <summary>Flags of a cluster-sequence hash: which lists have it as a word and which have longer words starting with it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal byte Flags(ulong sequence)
    {
        ulong key = KeyOf(sequence);
        int slot = Slot(key, _mask);
        while (true)
        {
            ulong stored = _table[slot];
            if (stored == 0) return 0;
            if ((stored & ~FlagMask) == key) return (byte)(stored & FlagMask);
            slot = (slot + 1) & _mask;
        }
    }

    private static ulong KeyOf(ulong sequence) => sequence & ~FlagMask;

    private static int Slot(ulong key, int mask) => (int)(key >> 40) & mask;

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

    private static class IcuHolder
    {
        public static readonly KhmerLexicon Instance = FromWords(IcuWords());
    }
}
