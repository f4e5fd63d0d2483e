// Command-line entry for the benchmark and evaluation tools (segment, segment-eval, search-eval, …).
Console.Error.WriteLine("usage: AiGovKh.Benchmarks <command> [options]");
return 2;
