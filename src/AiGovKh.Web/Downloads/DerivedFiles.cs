using System.Security.Cryptography;
using System.Text;
using AiGovKh.Cms;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Packs and PDFs built once per published revision set and kept under <c>{DataDirectory}/cache/downloads</c>,
/// named by the hash of that set. A node may delete the folder at any time; files are rebuilt on demand.
/// Concurrent requests for the same missing file build it once.
/// </summary>
public sealed class DerivedFiles(HubOptions options)
{
    // One lock per file: a PDF build may build its pack first, so a single lock would deadlock.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> _builds = new(StringComparer.Ordinal);

    public string Directory => Path.Combine(options.DataDirectory, "cache", "downloads");

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The file for this key, if it was already built.</summary>
    public FileInfo? Find(string key, string extension)
    {
        var file = new FileInfo(PathFor(key, extension));
        return file.Exists ? file : null;
    }

    public async Task<FileInfo?> GetOrBuildAsync(string key, string extension, Func<CancellationToken, Task<byte[]?>> build, CancellationToken ct)
    {
        if (Find(key, extension) is { } existing)
        {
            return existing;
        }
        var gate = _builds.GetOrAdd(Hash(key) + extension, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            if (Find(key, extension) is { } built)
            {
                return built;
            }
            var bytes = await build(ct);
            if (bytes is null)
            {
                return null;
            }
            System.IO.Directory.CreateDirectory(Directory);
            var path = PathFor(key, extension);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, ct);
            File.Move(temporary, path, overwrite: true);
            return new FileInfo(path);
        }
        finally
        {
            gate.Release();
        }
    }

    private string PathFor(string key, string extension) => Path.Combine(Directory, Hash(key) + extension);
}
