using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace AiGovKh.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>create-admin --email a@b.gov.kh [--name "…"]</c>: creates the first administrator. There is no
/// default account: the password comes from AIGOVKH_ADMIN_PASSWORD or the first line of standard
/// input, never from the command line (which other users of the machine can read).
/// </summary>
internal sealed class CreateAdminVerb(IServiceProvider services, UserManager<HubUser> users, TimeProvider clock) : ICommandLineVerb
{
    public const string PasswordVariable = "AIGOVKH_ADMIN_PASSWORD";

    /// <summary>Where the password is read from; tests replace it.</summary>
    internal static Func<TextReader> Input { get; set; } = () => Console.In;

    public string Name => "create-admin";

    public string Description => $"Create an administrator: --email ADDRESS [--name NAME]; password from ${PasswordVariable} or stdin.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken ct)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            await Console.Error.WriteLineAsync("create-admin: --email ADDRESS is required.");
            return 2;
        }
        if (args.Any(a => a.StartsWith("--password", StringComparison.Ordinal)))
        {
            await Console.Error.WriteLineAsync($"create-admin: passwords are not accepted on the command line; use ${PasswordVariable} or stdin.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
            password = (await Input().ReadLineAsync(ct))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync($"create-admin: no password given (set ${PasswordVariable} or pipe it to stdin).");
            return 2;
        }

        await IdentityStoreMigrator.MigrateAsync(services, ct);
        if (await users.FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"create-admin: an account for {email} already exists.");
            return 1;
        }
        var user = new HubUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name!, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
                await Console.Error.WriteLineAsync($"create-admin: {e.Description}");
            return 1;
        }
        await users.AddToRoleAsync(user, HubRoles.Administrator);
        await Console.Out.WriteLineAsync($"Administrator {email} created. Sign in at /editor and set up two-factor sign-in.");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count) return args[i + 1];
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal)) return args[i][(name.Length + 1)..];
        }
        return null;
    }
}
