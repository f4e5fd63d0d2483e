namespace AiGovKh.Benchmarks.Commands;

internal static class MicroBenchmarksCommand
{
    public static int Run(string[] args) { Console.Error.WriteLine("not yet"); return 1; }
}
