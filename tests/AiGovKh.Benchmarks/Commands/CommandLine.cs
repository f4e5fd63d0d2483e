namespace AiGovKh.Benchmarks.Commands;

/// <summary>Reads <c>--name value</c> options from a command's arguments.</summary>
internal static class CommandLine
{
    public static string? Option(string[] args, string name)
    {
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name) return args[i + 1];
        }
        return null;
    }

    public static bool Flag(string[] args, string name) => Array.IndexOf(args, name) >= 0;
}
