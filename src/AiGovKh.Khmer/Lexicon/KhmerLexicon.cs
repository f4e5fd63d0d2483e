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
    private const byte PrefixFlag = 1, WordFlag = 2;
    private readonly ulong[] _keys;
    private readonly byte[] _flags;
    private readonly int _mask;

    private KhmerLexicon(ulong[] keys, byte[] flags, int count, int maxClusters)
    {
        _keys = keys;
        _flags = flags;
        _mask = keys.Length - 1;
        Count = count;
        MaxClusters = maxClusters;
    }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Length in clusters of the longest word.</summary>
    public int MaxClusters { get; }

    /// <summary>The ICU Khmer dictionary (normalised) plus the project's curated AI and government vocabulary.</summary>
    public static KhmerLexicon Icu => IcuHolder.Instance;

    /// <summary>Builds a lexicon from words (expected normalised; empty entries and non-Khmer words are skipped).</summary>
    public static KhmerLexicon FromWords(IEnumerable<string> words)
    {
        var entries = new Dictionary<ulong, byte>();
        var clusters = new List<Range>();
        int count = 0, maxClusters = 0;
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
                entries[h] = (byte)(flags | (i == clusters.Count - 1 ? WordFlag : PrefixFlag));
            }
            count++;
            maxClusters = Math.Max(maxClusters, clusters.Count);
        }
        int size = 1;
        while (size < entries.Count * 2 + 2) size <<= 1;
        var keys = new ulong[size];
        var flagsTable = new byte[size];
        foreach (var (key, flags) in entries)
        {
            int slot = (int)key & (size - 1);
            while (flagsTable[slot] != 0) slot = (slot + 1) & (size - 1);
            keys[slot] = key;
            flagsTable[slot] = flags;
        }
        return new KhmerLexicon(keys, flagsTable, count, maxClusters);
    }

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
    public bool IsWord(ulong sequence) => (Find(sequence) & WordFlag) != 0;

    /// <summary>Looks a sequence up: <c>isWord</c> when it is a word, returns false when no word starts with it.</summary>
    public bool Probe(ulong sequence, out bool isWord)
    {
        byte flags = Find(sequence);
        isWord = (flags & WordFlag) != 0;
        return (flags & PrefixFlag) != 0;
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

    private byte Find(ulong key)
    {
        int slot = (int)key & _mask;
        while (true)
        {
            byte flags = _flags[slot];
            if (flags == 0) return 0;
            if (_keys[slot] == key) return flags;
            slot = (slot + 1) & _mask;
        }
    }

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
        public static readonly KhmerLexicon Instance = FromWords(
            ReadResource("AiGovKh.Khmer.Lexicon.icu-khmer-words.txt.gz").Concat(ReadResource("AiGovKh.Khmer.Lexicon.curated-words.txt")));
    }
}
