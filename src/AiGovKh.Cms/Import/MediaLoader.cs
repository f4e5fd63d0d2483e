using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;

namespace AiGovKh.Cms.Import;

/// <summary>Loads the media files an item names from beside its Markdown, checking names and bytes.</summary>
internal sealed class MediaLoader(ProblemList problems, HubOptions options)
{
    /// <summary>Loads a file listed in front matter; reports problems against the listing line.</summary>
    public MediaSource? Load(ItemDraft draft, string name, MediaRole role, string file, int line)
    {
        if (draft.Media.TryGetValue(name, out var existing))
        {
            return existing;
        }
        if (!IsPlainFileName(name))
        {
            problems.Error(file, line, ImportRules.InvalidMediaName, $"'{name}' must be the name of a file beside the Markdown (no folders).");
            return null;
        }
        var path = Path.Combine(draft.Directory, name);
        if (!File.Exists(path))
        {
            problems.Error(file, line, ImportRules.MissingMedia, $"'{name}' does not exist in {draft.Folder}/.");
            draft.RefusedMedia.Add(name);
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var check = MediaInspector.Inspect(bytes, options.MaxMediaBytes, options.MaxImagePixels);
        if (role == MediaRole.Image && (!check.Accepted || !check.Type!.IsImage))
        {
            var reason = check.Accepted ? $"its bytes are {check.Type!.ContentType}, not PNG, JPEG, WebP or GIF." : check.Message;
            problems.Error(file, line, ImportRules.NotAnImage, $"'{name}' is not an image the hub accepts: {reason}");
            draft.RefusedMedia.Add(name);
            return null;
        }
        if (!check.Accepted)
        {
            problems.Error(file, line, ImportRules.AttachmentType, $"'{name}' cannot be attached: {check.Message}");
            draft.RefusedMedia.Add(name);
            return null;
        }
        var media = new MediaSource(name, draft.FileOf(name), role, bytes,
            MediaStore.Sha256Hex(bytes), check.Type!, check.Image);
        draft.Media[name] = media;
        return media;
    }

    /// <summary>Loads an image the body uses without listing it; a refusal is returned in <paramref name="refused"/> for the renderer's line.</summary>
    public MediaSource? TryLoadImage(ItemDraft draft, string name, Dictionary<string, string> refused)
    {
        if (draft.RefusedMedia.Contains(name) || !IsPlainFileName(name))
        {
            return null;
        }
        var path = Path.Combine(draft.Directory, name);
        if (!File.Exists(path))
        {
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var check = MediaInspector.Inspect(bytes, options.MaxMediaBytes, options.MaxImagePixels);
        if (!check.Accepted || !check.Type!.IsImage)
        {
            refused[name] = check.Accepted ? $"its bytes are {check.Type!.ContentType}." : check.Message!;
            return null;
        }
        var media = new MediaSource(name, draft.FileOf(name), MediaRole.Image, bytes, MediaStore.Sha256Hex(bytes), check.Type, check.Image);
        draft.Media[name] = media;
        return media;
    }

    private static bool IsPlainFileName(string name) =>
        name.Length is > 0 and <= 200
        && name == Path.GetFileName(name)
        && !name.Contains('/') && !name.Contains('\\')
        && !name.StartsWith('.')
        && name is not ("km.md" or "en.md")
        && !name.Any(char.IsControl);
}
