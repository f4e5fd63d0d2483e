namespace AiGovKh.Web.Infrastructure.CommandLine;

/// <summary>
/// A command run instead of the web server: <c>dotnet run --project src/AiGovKh.Web -- &lt;name&gt; [args]</c>.
/// Register with <see cref="CommandLineVerbs.AddCommandLineVerb{TVerb}"/>; one file per verb.
/// </summary>
public interface ICommandLineVerb
{
    /// <summary>The word typed on the command line ("import").</summary>
    string Name { get; }

    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the verb; the return value is the process exit code (0 = success).</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct);
}
