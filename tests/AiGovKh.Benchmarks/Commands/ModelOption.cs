using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary><c>--model FILE</c>: use a model file instead of the embedded one (to evaluate a freshly trained model).</summary>
internal static class ModelOption
{
    public static KhmerSegmenter Segmenter(string[] args)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var segmenter = Load(args);
        segmenter.SegmentToStrings("ក");
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.Error.WriteLine($"loaded segmenter: {(after - before) / 1048576.0:F1} MB managed heap");
        return segmenter;
    }

    private static KhmerSegmenter Load(string[] args)
    {
        string? path = CommandLine.Option(args, "--model");
        if (path is null) return KhmerSegmenter.Default;
        using var file = File.OpenRead(path);
        return new KhmerSegmenter(new PerceptronRunSplitter(SegmenterModel.Read(file)));
    }
}
