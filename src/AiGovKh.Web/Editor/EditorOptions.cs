namespace AiGovKh.Web.Editor;

/// <summary>Settings under <c>Editor:</c>.</summary>
public sealed class EditorOptions
{
    public const string Section = "Editor";

    /// <summary>How often the background worker runs scheduled publishes and expiries.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest upload accepted by the media library.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    public int PageSize { get; set; } = 50;
}
