namespace AiGovKh.Web.Editor;

/// <summary>Redirect targets after sign-in or a language switch: only paths on this site.</summary>
public static class LocalUrl
{
    /// <summary>True for "/editor…" paths; false for "//evil", "/\evil", absolute URLs and anything odd.</summary>
    public static bool IsLocalEditorUrl(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.StartsWith("/editor", StringComparison.Ordinal)
        && !url.Contains("//", StringComparison.Ordinal)
        && !url.Contains('\\')
        && url.All(c => c > ' ' && c < 127);
}
