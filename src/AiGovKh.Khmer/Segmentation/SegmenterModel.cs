using System.IO.Compression;
using System.Text;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// A trained boundary model: feature weights (hashed keys, half-precision weights) and the training
/// vocabulary used for dictionary features. File format (gzip'd): "KSEG" 1, feature count,
/// (uint key, Half weight)*, vocabulary word count, UTF-8 words separated by '\n'.
/// </summary>
internal sealed class SegmenterModel
{
    private const string ResourceName = "AiGovKh.Khmer.Segmentation.Model.khmer-segmenter.model";
    private readonly uint[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;

    public SegmenterModel(IReadOnlyDictionary<uint, float> weights, IReadOnlyList<string> vocabulary)
    {
        int size = 1;
        while (size < weights.Count * 2 + 2) size <<= 1;
        _keys = new uint[size];
        _weights = new float[size];
        _mask = size - 1;
        foreach (var (key, weight) in weights)
        {
            uint k = key == 0 ? 1u : key;
            int slot = (int)(Scramble(k) & (uint)_mask);
            while (_keys[slot] != 0) slot = (slot + 1) & _mask;
            _keys[slot] = k;
            _weights[slot] = weight;
        }
        FeatureCount = weights.Count;
        Vocabulary = vocabulary;
        VocabularyLexicon = KhmerLexicon.FromWords(vocabulary);
    }

    public int FeatureCount { get; }
    public IReadOnlyList<string> Vocabulary { get; }
    public KhmerLexicon VocabularyLexicon { get; }

    /// <summary>Model keys are the top 32 bits of the 64-bit feature hash.</summary>
    public static uint KeyOf(ulong feature) { uint k = (uint)(feature >> 32); return k == 0 ? 1u : k; }

    public float Weight(ulong feature)
    {
        uint key = KeyOf(feature);
        int slot = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            uint stored = _keys[slot];
            if (stored == key) return _weights[slot];
            if (stored == 0) return 0f;
            slot = (slot + 1) & _mask;
        }
    }

    private static uint Scramble(uint k) => k * 0x9E3779B1u ^ (k >> 16);

    public static SegmenterModel? TryLoadEmbedded()
    {
        using var stream = typeof(SegmenterModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }

    public static SegmenterModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (new string(reader.ReadChars(4)) != "KSEG" || reader.ReadInt32() != 1) throw new InvalidDataException("Not a KSEG v1 segmenter model.");
        int count = reader.ReadInt32();
        var weights = new Dictionary<uint, float>(count);
        for (int i = 0; i < count; i++)
        {
            uint key = reader.ReadUInt32();
            weights[key] = (float)reader.ReadHalf();
        }
        int words = reader.ReadInt32();
        string text = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadInt32()));
        var vocabulary = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (vocabulary.Length != words) throw new InvalidDataException("Segmenter model vocabulary is truncated.");
        return new SegmenterModel(weights, vocabulary);
    }

    public static void Write(Stream stream, IReadOnlyDictionary<uint, float> weights, IReadOnlyList<string> vocabulary)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write("KSEG".ToCharArray());
        writer.Write(1);
        writer.Write(weights.Count);
        foreach (var (key, weight) in weights.OrderBy(p => p.Key))
        {
            writer.Write(key);
            writer.Write((Half)weight);
        }
        writer.Write(vocabulary.Count);
        byte[] text = Encoding.UTF8.GetBytes(string.Join('\n', vocabulary));
        writer.Write(text.Length);
        writer.Write(text);
    }
}
