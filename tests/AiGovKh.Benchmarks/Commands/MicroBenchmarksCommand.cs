using AiGovKh.Benchmarks.Micro;
using BenchmarkDotNet.Running;

namespace AiGovKh.Benchmarks.Commands;

/// <summary><c>bench [BenchmarkDotNet options, e.g. --filter *Segment*]</c>: BenchmarkDotNet micro-benchmarks for normalise, clusters and segment.</summary>
internal static class MicroBenchmarksCommand
{
    public static int Run(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromTypes([typeof(KhmerTextBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args);
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
