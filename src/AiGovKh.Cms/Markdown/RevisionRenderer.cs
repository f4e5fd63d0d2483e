using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Markdown;

/// <summary>A render problem of one locale of a revision.</summary>
public sealed record RevisionRenderProblem(string Locale, MarkdownProblem Problem);

/// <summary>
/// Renders a revision's translations against the database: <c>item:</c> links resolve to the
/// hub's items (any that are not deleted), image names to the revision's media. This is what
/// the editor calls when it saves a draft (render once, on save) and for its preview.
/// </summary>
public sealed partial class RevisionRenderer(HubDbContext db, MarkdownRenderer renderer)
{
    /// <summary>Sets <see cref="RevisionTranslation.BodyHtml"/> and <see cref="RevisionTranslation.ReadingMinutes"/> of every translation.</summary>
    public async Task<IReadOnlyList<RevisionRenderProblem>> RenderAsync(Revision revision, CancellationToken cancellationToken = default)
    {
        var media = await MediaOfAsync(revision.Media, cancellationToken);
        var targets = await TargetsAsync(revision.Translations.Select(t => t.BodyMarkdown), cancellationToken);
        var problems = new List<RevisionRenderProblem>();
        foreach (var translation in revision.Translations)
        {
            var rendered = renderer.Render(translation.BodyMarkdown, Context(translation.Locale, targets, media));
            translation.BodyHtml = rendered.Html;
            translation.ReadingMinutes = rendered.ReadingMinutes;
            problems.AddRange(rendered.Problems.Select(p => new RevisionRenderProblem(translation.Locale, p)));
        }
        return problems;
    }

    /// <summary>Renders Markdown that is not saved yet (the editor's preview), with the media of the revision being edited.</summary>
    public async Task<RenderedMarkdown> PreviewAsync(string markdown, string locale, IReadOnlyCollection<RevisionMedia>? media = null, CancellationToken cancellationToken = default)
    {
        var names = await MediaOfAsync(media ?? [], cancellationToken);
        var targets = await TargetsAsync([markdown], cancellationToken);
        return renderer.Render(markdown, Context(locale, targets, names));
    }

    private static MarkdownContext Context(string locale, IReadOnlyDictionary<string, ContentType> targets, IReadOnlyDictionary<string, RevisionMedia> media) =>
        new(locale,
            (slug, l) => targets.TryGetValue(slug, out var type) ? ItemPaths.For(type, slug, l) : null,
            (name, l) => media.TryGetValue(name, out var m) && m.MediaAsset is { IsImage: true } asset
                ? new ResolvedImage($"/media/{asset.Sha256}/{Uri.EscapeDataString(m.Name)}", m.Alt(l) ?? asset.Alt(l), asset.Width, asset.Height)
                : null);

    private async Task<IReadOnlyDictionary<string, RevisionMedia>> MediaOfAsync(IEnumerable<RevisionMedia> media, CancellationToken ct)
    {
        var list = media.ToList();
        var missing = list.Where(m => m.MediaAsset is null).Select(m => m.MediaAssetId).Distinct().ToList();
        if (missing.Count > 0)
        {
            var assets = await db.MediaAssets.Where(a => missing.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            foreach (var m in list.Where(m => m.MediaAsset is null && assets.ContainsKey(m.MediaAssetId)))
            {
                m.MediaAsset = assets[m.MediaAssetId];
            }
        }
        return list.GroupBy(m => m.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, ContentType>> TargetsAsync(IEnumerable<string> markdown, CancellationToken ct)
    {
        var slugs = markdown
            .SelectMany(m => ItemLink().Matches(m).Select(x => TextNormalization.CleanSlug(x.Groups[1].Value)))
            .Where(Slugs.IsValid)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (slugs.Count == 0)
        {
            return new Dictionary<string, ContentType>();
        }
        return await db.Items
            .Where(i => slugs.Contains(i.Slug) && i.DeletedAt == null)
            .ToDictionaryAsync(i => i.Slug, i => i.Type, StringComparer.Ordinal, ct);
    }

    [GeneratedRegex(@"item:([^\s)#""'<>\]]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ItemLink();
}
