using Microsoft.Extensions.FileProviders;

namespace AiGovKh.Web.Downloads;

/// <summary>The theme's print stylesheet and Khmer font files, read once from the web root (theme static assets).</summary>
public sealed class PackAssetsSource(IWebHostEnvironment environment)
{
    private const string Theme = "_content/AiGovKh.Themes.Default";
    private readonly Lazy<PackAssets> _assets = new(() => Load(environment.WebRootFileProvider));

    public PackAssets Assets => _assets.Value;

    private static PackAssets Load(IFileProvider files)
    {
        var css = Read(files, $"{Theme}/css/print.css");
        var fonts = files.GetDirectoryContents($"{Theme}/fonts")
            .Where(f => !f.IsDirectory && f.Name.EndsWith(".woff2", StringComparison.Ordinal))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new PackFile(f.Name, ReadBytes(f), "font/woff2"))
            .ToList();
        if (css is null || fonts.Count == 0)
        {
            throw new InvalidOperationException($"The theme's print stylesheet or Khmer fonts were not found under {Theme}.");
        }
        return new PackAssets(css, fonts);
    }

    private static string? Read(IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path);
        return file.Exists ? System.Text.Encoding.UTF8.GetString(ReadBytes(file)) : null;
    }

    private static byte[] ReadBytes(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
