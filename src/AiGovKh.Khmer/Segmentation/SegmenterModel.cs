using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// A trained boundary model: hashed feature weights (the "hashing trick": a feature's weight sits at
/// the top <see cref="Bits"/> bits of its 64-bit hash, no key is stored, so a lookup is one load
/// and no branch) and the training vocabulary used for dictionary features.
/// File format (gzip'd): "KSEG", version 3 (the feature set of <see cref="BoundaryFeatures.Extract"/>), bits,
/// non-zero count, (uint slot, Half weight)*, vocabulary word count, byte length, UTF-8 words separated by '\n'.
/// </summary>
internal sealed class SegmenterModel
{
    /// <summary>log2 of the number of weight slots.</summary>
    public const int Bits = 17;
    private const string ResourceName = "AiGovKh.Khmer.Segmentation.Model.khmer-segmenter.model";
    // Weights quantised to 16 bits at load: the decision only needs the sign of the sum, so the scale
    // drops out and the table (256 KB) stays in the CPU caches.
    private readonly short[] _quantized;

    public SegmenterModel(float[] weights, IReadOnlyList<string> vocabulary)
    {
        if (weights.Length != 1 << Bits) throw new ArgumentException($"Expected {1 << Bits} weights.", nameof(weights));
        float max = 0;
        int nonZero = 0;
        foreach (float w in weights)
        {
            if (w != 0) nonZero++;
            max = Math.Max(max, Math.Abs(w));
        }
        float scale = max == 0 ? 1 : 32000f / max;
        _quantized = new short[weights.Length];
        for (int i = 0; i < weights.Length; i++) _quantized[i] = (short)MathF.Round(weights[i] * scale);
        FeatureCount = nonZero;
        Vocabulary = vocabulary;
        Lexicon = KhmerLexicon.FromWords(KhmerLexicon.IcuWords(), vocabulary, KhmerLexicon.CuratedWords());
    }

    /// <summary>Number of non-zero weights.</summary>
    public int FeatureCount { get; }

    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>ICU words (primary), the training vocabulary (secondary) and the curated terms (tertiary), walked together.</summary>
    public KhmerLexicon Lexicon { get; }

    /// <summary>The weight slot of a feature hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotOf(ulong feature) => (int)(feature >> (64 - Bits));

    /// <summary>The feature's weight, quantised: only the sign of the sum of weights is meaningful.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Weight(ulong feature) =>
        // The slot is below 2^Bits by construction and the table has exactly 2^Bits entries: no bounds check needed.
        Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_quantized), SlotOf(feature));

    /// <summary>The first of the 2^<see cref="Bits"/> quantised weights, for hot loops that index by <see cref="SlotOf"/>.</summary>
    internal ref short FirstWeight => ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_quantized);

    public static SegmenterModel? TryLoadEmbedded()
    {
        using var stream = typeof(SegmenterModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }

    /// <summary>Reads a model file; anything but a whole KSEG v3 file is an <see cref="InvalidDataException"/>.</summary>
    public static SegmenterModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        try
        {
            if (new string(reader.ReadChars(4)) != "KSEG" || reader.ReadInt32() != 3 || reader.ReadInt32() != Bits)
            {
                throw new InvalidDataException("Not a KSEG v3 segmenter model with the expected table size (retrain with the benchmark project's 'train' command).");
            }
            int count = reader.ReadInt32();
            if ((uint)count > 1u << Bits) throw new InvalidDataException($"Segmenter model claims {count} weights in {1 << Bits} slots.");
            var weights = new float[1 << Bits];
            for (int i = 0; i < count; i++)
            {
                int slot = reader.ReadInt32();
                if ((uint)slot >= (uint)weights.Length) throw new InvalidDataException($"Segmenter model weight slot {slot} is out of range.");
                weights[slot] = (float)reader.ReadHalf();
            }
            int words = reader.ReadInt32();
            int length = reader.ReadInt32();
            byte[] bytes = reader.ReadBytes(Math.Max(length, 0));
            if (length < 0 || bytes.Length != length) throw new InvalidDataException("Segmenter model vocabulary is truncated.");
            var vocabulary = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (vocabulary.Length != words) throw new InvalidDataException("Segmenter model vocabulary is truncated.");
            return new SegmenterModel(weights, vocabulary);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Segmenter model file is truncated.", e);
        }
    }

    public static void Write(Stream stream, float[] weights, IReadOnlyList<string> vocabulary)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write("KSEG".ToCharArray());
        writer.Write(3);
        writer.Write(Bits);
        writer.Write(weights.Count(w => (Half)w != Half.Zero));
        for (int slot = 0; slot < weights.Length; slot++)
        {
            if ((Half)weights[slot] == Half.Zero) continue;
            writer.Write(slot);
            writer.Write((Half)weights[slot]);
        }
        writer.Write(vocabulary.Count);
        byte[] text = Encoding.UTF8.GetBytes(string.Join('\n', vocabulary));
        writer.Write(text.Length);
        writer.Write(text);
    }
}
