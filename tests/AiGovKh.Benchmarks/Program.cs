// Command-line entry for the benchmark and evaluation tools. Each command lives in Commands/<Name>Command.cs;
// add a command by adding its file and one line to the table below.
using AiGovKh.Benchmarks.Commands;

var commands = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["segment"] = SegmentCommand.Run,
    ["segment-eval"] = SegmentEvalCommand.Run,
    ["train"] = TrainCommand.Run,
    ["derive-lexicon"] = DeriveLexiconCommand.Run,
    ["bench"] = MicroBenchmarksCommand.Run,
    ["profile"] = ProfileCommand.Run,
    ["search-eval"] = SearchEvalCommand.Run,
    ["search-latency"] = SearchLatencyCommand.Run,
    ["page-weight"] = PageWeightCommand.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: AiGovKh.Benchmarks <command> [options]");
    Console.Error.WriteLine("commands: " + string.Join(", ", commands.Keys));
    return 2;
}
return command(args[1..]);
