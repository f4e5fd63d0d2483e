using AiGovKh.Cms;
using AiGovKh.Cms.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Media;

/// <summary>The media library: upload images and documents, list the organisation's files.</summary>
public sealed class IndexModel(MediaLibrary library, HubOptions options) : EditorPageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? AltKm { get; set; }
    [BindProperty] public string? AltEn { get; set; }

    public List<MediaAsset> Assets { get; private set; } = [];
    public string? ErrorDetail { get; private set; }
    public long MaxBytes => options.MaxMediaBytes;

    public async Task OnGetAsync() => Assets = await library.Readable(Me).OrderByDescending(m => m.CreatedAt).Take(200).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var bytes = await MediaForm.ReadAsync(Upload, options.MaxMediaBytes);
        if (bytes.Problem is not null) return await RefuseAsync(bytes.Problem, null);
        var (asset, problem, detail) = await library.UploadAsync(Me, bytes.Bytes!, Upload!.FileName, AltKm, AltEn);
        if (problem == "Error.Forbidden") return StatusCode(403);
        if (problem is not null) return await RefuseAsync(problem, detail);
        Notice = "Media.Uploaded";
        return Redirect($"/editor/media/{asset!.Id}");
    }

    private async Task<IActionResult> RefuseAsync(string key, string? detail)
    {
        ErrorKey = key;
        ErrorDetail = detail;
        Response.StatusCode = key == "Media.TooLarge" ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        await OnGetAsync();
        return Page();
    }
}
