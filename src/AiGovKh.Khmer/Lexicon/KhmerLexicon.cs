using System.IO.Compression;
using System.Reflection;
using System.Text;
using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// A set of Khmer words keyed by their cluster sequence: a <see cref="ClusterAlphabet"/> numbers the
/// clusters and a <see cref="ClusterTrie"/> over those numbers answers, in one walk from a start,
/// every word that begins there. It can hold up to three word lists that one walk answers together.
/// No strings are allocated at lookup.
/// </summary>
public sealed class KhmerLexicon
{
    private KhmerLexicon(ClusterAlphabet alphabet, ClusterTrie trie, int count, int maxClusters)
    {
        Alphabet = alphabet;
        Trie = trie;
        Count = count;
        MaxClusters = maxClusters;
    }

    internal ClusterAlphabet Alphabet { get; }

    internal ClusterTrie Trie { get; }

    /// <summary>Number of words.</summary>
    public int Count { get; }

    /// <summary>Length in clusters of the longest word.</summary>
    public int MaxClusters { get; }

    /// <summary>The ICU Khmer dictionary (normalised) plus the project's curated AI and government vocabulary.</summary>
    public static KhmerLexicon Icu => IcuHolder.Instance;

    /// <summary>The project's curated AI and government vocabulary alone: terms the statistical segmenter keeps whole.</summary>
    internal static KhmerLexicon Curated => CuratedHolder.Instance;

    /// <summary>Builds a lexicon from words (expected normalised; blank entries are skipped).</summary>
    public static KhmerLexicon FromWords(IEnumerable<string> words) => FromWords(words, [], []);

    /// <summary>
    /// Builds a lexicon of up to three word lists (flags <see cref="ClusterTrie.PrimaryWord"/>, <see cref="ClusterTrie.SecondaryWord"/>,
    /// <see cref="ClusterTrie.TertiaryWord"/>). The clusters of <paramref name="alphabetOnly"/> get ids too without being words,
    /// so that lexicons built from parts of one vocabulary number the clusters alike.
    /// </summary>
    internal static KhmerLexicon FromWords(IEnumerable<string> primary, IEnumerable<string> secondary, IEnumerable<string> tertiary, IEnumerable<string>? alphabetOnly = null)
    {
        var entries = new List<(ulong[] Clusters, int Flags)>();
        var frequency = new Dictionary<ulong, int>();
        var clusters = new List<Range>();
        int count = 0, maxClusters = 0;
        void AddAll(IEnumerable<string> words, int flag)
        {
            foreach (string word in words)
            {
                if (string.IsNullOrWhiteSpace(word)) continue;
                var hashes = ClusterHashes(word, clusters);
                foreach (ulong h in hashes) frequency[h] = frequency.GetValueOrDefault(h) + 1;
                if (flag == 0) continue;
                entries.Add((hashes, flag));
                count++;
                maxClusters = Math.Max(maxClusters, hashes.Length);
            }
        }
        AddAll(primary, ClusterTrie.PrimaryWord);
        AddAll(secondary, ClusterTrie.SecondaryWord);
        AddAll(tertiary, ClusterTrie.TertiaryWord);
        if (alphabetOnly is not null) AddAll(alphabetOnly, 0);
        // Most frequent clusters first: small ids keep the trie's sibling sets close together.
        var order = frequency.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToList();
        var alphabet = new ClusterAlphabet(order);
        var words = new List<(int[] Ids, int Flags)>(entries.Count);
        foreach (var (hashes, flags) in entries)
        {
            var ids = new int[hashes.Length];
            for (int i = 0; i < ids.Length; i++) ids[i] = alphabet.IdOf(hashes[i]);
            words.Add((ids, flags));
        }
        return new KhmerLexicon(alphabet, ClusterTrie.Build(words, alphabet.Size), count, maxClusters);
    }

    private static ulong[] ClusterHashes(string word, List<Range> clusters)
    {
        clusters.Clear();
        KhmerClusters.Split(word, clusters);
        var hashes = new ulong[clusters.Count];
        for (int i = 0; i < hashes.Length; i++) hashes[i] = SequenceHash.Of(word.AsSpan()[clusters[i]]);
        return hashes;
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

    /// <summary>True when the string (normalised) is a word of any list.</summary>
    public bool Contains(string word)
    {
        if (string.IsNullOrEmpty(word)) return false;
        var hashes = ClusterHashes(word, []);
        int node = 0, step = -1;
        foreach (ulong h in hashes)
        {
            step = Trie.Step(node, Alphabet.IdOf(h));
            if (step < 0) return false;
            node = step >> 4;
        }
        return (step & (ClusterTrie.PrimaryWord | ClusterTrie.SecondaryWord | ClusterTrie.TertiaryWord)) != 0;
    }

    /// <summary>The words of <see cref="Icu"/>: ICU's dictionary and the curated list.</summary>
    internal static IEnumerable<string> IcuWords() => ReadResource("AiGovKh.Khmer.Lexicon.icu-khmer-words.txt.gz").Concat(CuratedWords());

    /// <summary>The project's curated AI and government vocabulary.</summary>
    internal static IEnumerable<string> CuratedWords() => ReadResource("AiGovKh.Khmer.Lexicon.curated-words.txt");

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
        public static readonly KhmerLexicon Instance = FromWords(CuratedWords());
    }

    private static class IcuHolder
    {
        public static readonly KhmerLexicon Instance = FromWords(IcuWords());
    }
}
