namespace AiGovKh.Web.Editor;

/// <summary>Settings under <c>Editor:</c>.</summary>
public sealed class EditorOptions
{
    public const string Section = "Editor";

    /// <summary>
    /// How often the background worker runs scheduled publishes and expiries. An expired item leaves public reads at
    /// once, but integrators learn of it (change feed, <c>/api/v1/changes</c>, webhooks) only at the next run, so keep it short.
    /// </summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest upload accepted by the media library.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    public int PageSize { get; set; } = 50;
}
