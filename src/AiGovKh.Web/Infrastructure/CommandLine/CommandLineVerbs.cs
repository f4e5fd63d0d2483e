namespace AiGovKh.Web.Infrastructure.CommandLine;

public static class CommandLineVerbs
{
    public static IServiceCollection AddCommandLineVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICommandLineVerb =>
        services.AddScoped<ICommandLineVerb, TVerb>();

    /// <summary>
    /// When the first argument is a verb (a bare word, not <c>--key=value</c> configuration), runs it
    /// and returns its exit code; returns null when the host should serve the site.
    /// </summary>
    public static async Task<int?> RunCommandLineVerbAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('='))
        {
            return null;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var verbs = scope.ServiceProvider.GetServices<ICommandLineVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => string.Equals(v.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (verb is null)
        {
            var known = args[0] == "help";
            var output = known ? Console.Out : Console.Error;
            if (!known)
            {
                await output.WriteLineAsync($"Unknown command '{args[0]}'.");
            }
            await output.WriteLineAsync("Usage: dotnet run --project src/AiGovKh.Web -- [command]");
            await output.WriteLineAsync("Without a command the hub serves the site. Commands:");
            foreach (var v in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"  {v.Name,-14} {v.Description}");
            }
            return known ? 0 : 2;
        }
        return await verb.RunAsync(args[1..], app.Lifetime.ApplicationStopping);
    }
}
