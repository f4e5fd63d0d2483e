using System.Diagnostics;
using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Prints a pack's offline page to PDF with headless Chromium: Chromium shapes Khmer with HarfBuzz and the
/// pack carries its own font, so the PDF needs no network and no fonts installed on the server.
/// </summary>
public sealed class PdfPrinter(IOptions<DownloadOptions> options, ILogger<PdfPrinter> logger)
{
    public bool Enabled => options.Value.PdfEnabled;

    public async Task<byte[]?> PrintPackAsync(string zipPath, string page, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("aigovkh-pdf-");
        try
        {
            await ZipFile.ExtractToDirectoryAsync(zipPath, folder.FullName, ct);
            var input = Path.Combine(folder.FullName, page);
            if (!File.Exists(input))
            {
                return null;
            }
            var output = Path.Combine(folder.FullName, "out.pdf");
            var start = new ProcessStartInfo(options.Value.ChromiumPath)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + Path.Combine(folder.FullName, "profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + output, new Uri(input).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.PdfTimeoutSeconds));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (!File.Exists(output))
            {
                logger.LogWarning("Chromium made no PDF of {Page} (exit {Code}): {Error}", page, process.ExitCode, await stderr);
                return null;
            }
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold its profile for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
