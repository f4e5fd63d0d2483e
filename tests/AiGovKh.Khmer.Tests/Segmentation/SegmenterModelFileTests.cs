using System.IO.Compression;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

/// <summary>The model file: what is written is read back; other versions, corrupt and truncated files are refused with a clear error.</summary>
public class SegmenterModelFileTests
{
    [Fact]
    public void A_written_model_reads_back_with_the_same_weights_and_vocabulary()
    {
        var weights = new float[1 << SegmenterModel.Bits];
        weights[3] = 1.5f;
        weights[^1] = -2f;
        var bytes = Write(weights, ["ការ", "បញ្ញាសិប្បនិម្មិត"]);

        var model = SegmenterModel.Read(new MemoryStream(bytes));

        Assert.Equal(2, model.FeatureCount);
        Assert.Equal(["ការ", "បញ្ញាសិប្បនិម្មិត"], model.Vocabulary);
        Assert.True(model.Weight((ulong)3 << (64 - SegmenterModel.Bits)) > 0);
        Assert.True(model.Weight(ulong.MaxValue) < 0);
        Assert.Equal(0, model.Weight((ulong)4 << (64 - SegmenterModel.Bits)));
    }

    [Fact]
    public void A_model_of_another_version_is_refused_and_says_how_to_retrain()
    {
        var bytes = Gzip(writer => WriteHeader(writer, version: 2));
        var error = Assert.Throws<InvalidDataException>(() => SegmenterModel.Read(new MemoryStream(bytes)));
        Assert.Contains("train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_slot_out_of_range_is_refused()
    {
        var bytes = Gzip(writer =>
        {
            WriteHeader(writer, version: 3);
            writer.Write(1);
            writer.Write(1 << SegmenterModel.Bits);
            writer.Write((Half)1);
        });
        Assert.Throws<InvalidDataException>(() => SegmenterModel.Read(new MemoryStream(bytes)));
    }

    [Theory]
    [InlineData(4)]       // inside the last vocabulary word
    [InlineData(40)]      // inside the vocabulary's length fields
    [InlineData(100000)]  // inside the weights
    public void A_truncated_model_is_refused(int bytesCut)
    {
        var weights = new float[1 << SegmenterModel.Bits];
        for (int slot = 0; slot < weights.Length; slot += 7) weights[slot] = slot % 2 == 0 ? 1f : -1f;
        var whole = Write(weights, ["ការ", "ភាសា", "ទិន្នន័យ"]);
        using var raw = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(whole), CompressionMode.Decompress)) gzip.CopyTo(raw);
        var cut = raw.ToArray()[..^bytesCut];
        var bytes = Gzip(writer => writer.Write(cut));

        Assert.Throws<InvalidDataException>(() => SegmenterModel.Read(new MemoryStream(bytes)));
    }

    private static void WriteHeader(BinaryWriter writer, int version)
    {
        writer.Write("KSEG".ToCharArray());
        writer.Write(version);
        writer.Write(SegmenterModel.Bits);
    }

    private static byte[] Write(float[] weights, string[] vocabulary)
    {
        using var stream = new MemoryStream();
        SegmenterModel.Write(stream, weights, vocabulary);
        return stream.ToArray();
    }

    private static byte[] Gzip(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
        {
            write(writer);
        }
        return stream.ToArray();
    }
}
