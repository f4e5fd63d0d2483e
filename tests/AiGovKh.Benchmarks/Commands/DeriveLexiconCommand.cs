using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using AiGovKh.Khmer.Normalization;
using ICU4N.Util;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// <c>derive-lexicon [--out FILE]</c>: extracts the Khmer word list from ICU's <c>khmerdict.dict</c>
/// (a BytesTrie inside the ICU4N.Resources assembly), normalises every word and writes a gzip'd
/// UTF-8 list, one word a line, sorted. The result is committed as src/AiGovKh.Khmer/Lexicon/icu-khmer-words.txt.gz.
/// </summary>
internal static class DeriveLexiconCommand
{
    public static int Run(string[] args)
    {
        string output = CommandLine.Option(args, "--out") ?? "src/AiGovKh.Khmer/Lexicon/icu-khmer-words.txt.gz";
        byte[] dict = ReadDictionaryResource();
        var words = DecodeDictionary(dict);
        var normalized = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            string n = KhmerNormalizer.Normalize(word);
            if (n.Length > 0) normalized.Add(n);
        }
        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            foreach (string word in normalized) writer.WriteLine(word);
        }
        Console.WriteLine($"{words.Count} ICU entries, {normalized.Count} after normalisation -> {output} ({new FileInfo(output).Length} bytes)");
        return 0;
    }

    private static byte[] ReadDictionaryResource()
    {
        var assembly = LoadResourcesAssembly();
        string name = assembly.GetManifestResourceNames().First(n => n.EndsWith("khmerdict.dict", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static Assembly LoadResourcesAssembly()
    {
        string beside = Path.Combine(AppContext.BaseDirectory, "ICU4N.resources.dll");
        if (File.Exists(beside)) return Assembly.LoadFile(beside);
        string home = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string package = Directory.GetDirectories(Path.Combine(home, "icu4n.resources")).OrderBy(d => d, StringComparer.Ordinal).Last();
        return Assembly.LoadFile(Path.Combine(package, "lib", "netstandard2.0", "ICU4N.resources.dll"));
    }

    /// <summary>Decodes ICU's dictionary format (dictionarydata.h): data header, int32 indexes, then a BytesTrie with an offset transform.</summary>
    internal static List<string> DecodeDictionary(byte[] data)
    {
        int headerSize = BinaryPrimitives.ReadUInt16LittleEndian(data);
        bool bigEndian = data[8] != 0;
        if (bigEndian) headerSize = BinaryPrimitives.ReadUInt16BigEndian(data);
        int Index(int i)
        {
            var span = data.AsSpan(headerSize + i * 4, 4);
            return bigEndian ? BinaryPrimitives.ReadInt32BigEndian(span) : BinaryPrimitives.ReadInt32LittleEndian(span);
        }
        int trieOffset = Index(0), trieType = Index(4), transform = Index(5);
        if ((trieType & 7) != 0) throw new InvalidDataException("khmerdict is expected to be a BytesTrie");
        if ((transform & 0x7f000000) != 0x01000000) throw new InvalidDataException("khmerdict is expected to use an offset transform");
        int offset = transform & 0x1fffff;
        var trie = new BytesTrie(data, headerSize + trieOffset);
        var words = new List<string>();
        var builder = new StringBuilder();
        foreach (var entry in trie)
        {
            builder.Clear();
            for (int i = 0; i < entry.BytesLength; i++)
            {
                int b = entry[i] & 0xff;
                builder.Append(b switch { 0xff => '\u200D', 0xfe => '\u200C', _ => (char)(offset + b) });
            }
            words.Add(builder.ToString());
        }
        return words;
    }
}
