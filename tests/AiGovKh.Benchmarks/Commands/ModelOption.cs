using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Commands;

/// <summary><c>--model FILE</c>: use a model file instead of the embedded one (to evaluate a freshly trained model).</summary>
internal static class ModelOption
{
    public static KhmerSegmenter Segmenter(string[] args)
    {
        string? path = CommandLine.Option(args, "--model");
        if (path is null) return KhmerSegmenter.Default;
        using var file = File.OpenRead(path);
        return new KhmerSegmenter(new PerceptronRunSplitter(SegmenterModel.Read(file)));
    }
}
