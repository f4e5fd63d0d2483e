using AiGovKh.Cms.Workflow;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Editor;

/// <summary>
/// Runs due scheduled publishes and expiries in the background. It keeps no state of its own:
/// after a restart the first run catches up on everything that fell due while the node was down.
/// </summary>
/// <remarks>Due times are read from the injected <see cref="TimeProvider"/> (through <see cref="ScheduledPublishing"/>), and the
/// timer runs on it too, so tests move time instead of sleeping.</remarks>
public sealed class ScheduledPublishingWorker(IServiceScopeFactory scopes, IOptions<EditorOptions> options, TimeProvider clock, ILogger<ScheduledPublishingWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var changed = await scope.ServiceProvider.GetRequiredService<ScheduledPublishing>().RunDueAsync(stoppingToken);
                if (changed > 0) log.LogInformation("Scheduled publishing changed {Count} item(s).", changed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the next tick retries everything still due.
                log.LogWarning(e, "Scheduled publishing run failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
