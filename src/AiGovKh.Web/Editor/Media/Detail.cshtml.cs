using AiGovKh.Cms;
using AiGovKh.Cms.Media;
using Microsoft.AspNetCore.Mvc;

namespace AiGovKh.Web.Editor.Media;

/// <summary>One media file: alt text in both languages, where it is used, replace its bytes.</summary>
public sealed class DetailModel(MediaLibrary library, HubOptions options) : EditorPageModel
{
    [BindProperty] public string? AltKm { get; set; }
    [BindProperty] public string? AltEn { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public MediaAsset Asset { get; private set; } = null!;
    public List<MediaUse> Uses { get; private set; } = [];
    public string? ErrorDetail { get; private set; }
    public bool CanWrite => MediaLibrary.CanWrite(Me, Asset);
    public long MaxBytes => options.MaxMediaBytes;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        AltKm = Asset.AltKm;
        AltEn = Asset.AltEn;
        return Page();
    }

    public async Task<IActionResult> OnPostAltAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await library.SetAltAsync(Me, Asset, AltKm, AltEn) is { } problem) return Refuse(problem, null);
        Notice = "Media.Saved";
        return Redirect($"/editor/media/{id}");
    }

    public async Task<IActionResult> OnPostReplaceAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!CanWrite) return StatusCode(403);
        var read = await MediaForm.ReadAsync(Upload, options.MaxMediaBytes);
        if (read.Problem is not null) return Refuse(read.Problem, null);
        var (problem, detail) = await library.ReplaceAsync(Me, Asset, read.Bytes!, Upload!.FileName);
        if (problem is not null) return Refuse(problem, detail);
        Notice = "Media.Replaced";
        return Redirect($"/editor/media/{id}");
    }

    private IActionResult Refuse(string key, string? detail)
    {
        if (key == "Error.Forbidden") return StatusCode(403);
        ErrorKey = key;
        ErrorDetail = detail;
        Response.StatusCode = key == "Media.TooLarge" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var asset = await library.FindAsync(Me, id);
        if (asset is null) return false;
        Asset = asset;
        Uses = await library.WhereUsedAsync(Me, asset);
        return true;
    }
}
