namespace AiGovKh.Benchmarks.Commands;

internal static class TrainCommand
{
    public static int Run(string[] args) { Console.Error.WriteLine("not yet"); return 1; }
}
