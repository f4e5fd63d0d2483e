namespace AiGovKh.Web.Downloads;

/// <summary>Settings under <c>Downloads:</c>.</summary>
public sealed class DownloadOptions
{
    public const string Section = "Downloads";

    /// <summary>
    /// Headless Chromium used to print lessons and courses to PDF (e.g. /usr/bin/chromium). Empty: no PDFs,
    /// and no PDF links anywhere. Khmer needs a real text shaper, which Chromium has and PDF libraries lack.
    /// </summary>
    public string ChromiumPath { get; set; } = "";

    /// <summary>Longest time one PDF may take before Chromium is stopped.</summary>
    public int PdfTimeoutSeconds { get; set; } = 60;

    /// <summary>How often the background builder looks for newly published lessons and courses.</summary>
    public double PrebuildIntervalSeconds { get; set; } = 5;

    public bool PdfEnabled => !string.IsNullOrWhiteSpace(ChromiumPath) && File.Exists(ChromiumPath);
}
