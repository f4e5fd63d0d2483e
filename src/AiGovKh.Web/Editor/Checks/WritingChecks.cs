using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Checks;

/// <summary>A hint shown while writing. <see cref="Key"/> is a UI string; <see cref="Detail"/> is user text (encoded when shown).</summary>
public sealed record WritingCheck(string Key, string? Locale = null, string? Detail = null);

/// <summary>
/// Helpful checks while writing: a missing or stale translation, missing alt text, a zero-width
/// space or a broken character cluster in Khmer, a link to an item that does not exist.
/// They warn; they never block a save.
/// </summary>
public sealed partial class WritingChecks(HubDbContext db)
{
    [GeneratedRegex(@"item:([a-z0-9]+(?:-[a-z0-9]+)*)")]
    private static partial Regex ItemLink();

    public async Task<List<WritingCheck>> RunAsync(DraftInput input, Revision? revision, CancellationToken ct = default)
    {
        var checks = new List<WritingCheck>();
        foreach (var locale in Locales.All)
        {
            var texts = input.For(locale);
            var other = input.For(Locales.Other(locale));
            if (texts.Title.Length == 0 && other.Title.Length > 0) checks.Add(new("Check.MissingTitle", locale));
            if (texts.BodyMarkdown.Length == 0 && other.BodyMarkdown.Length > 0) checks.Add(new("Check.MissingBody", locale));
            if (revision is not null && TranslationStatus.IsStale(revision, locale)) checks.Add(new("Check.Stale", locale));
        }
        foreach (var (field, text) in KhmerFields(input.Khmer))
        {
            if (KhmerText.FirstZeroWidthSpace(text) is { } at) checks.Add(new("Check.ZeroWidthSpace", "km", $"{field}: {KhmerText.Around(text, at)}"));
            if (KhmerText.FirstBrokenCluster(text) is { } bad) checks.Add(new("Check.BrokenCluster", "km", $"{field}: {KhmerText.Around(text, bad)}"));
        }

        var slugs = Locales.All.SelectMany(l => ItemLink().Matches(input.For(l).BodyMarkdown).Select(m => m.Groups[1].Value)).Distinct().ToList();
        if (slugs.Count > 0)
        {
            var known = await db.Items.Where(i => slugs.Contains(i.Slug) && i.DeletedAt == null).Select(i => i.Slug).ToListAsync(ct);
            checks.AddRange(slugs.Except(known).Select(s => new WritingCheck("Check.MissingItem", null, s)));
        }

        if (revision is not null && revision.Id != 0)
        {
            var images = await db.RevisionMedia.Where(m => m.RevisionId == revision.Id && m.Role == MediaRole.Image)
                .Select(m => new { m.Name, m.MediaAsset.AltKm, m.MediaAsset.AltEn }).ToListAsync(ct);
            foreach (var image in images)
            {
                if (string.IsNullOrWhiteSpace(image.AltKm)) checks.Add(new("Check.MissingAlt", "km", image.Name));
                if (string.IsNullOrWhiteSpace(image.AltEn)) checks.Add(new("Check.MissingAlt", "en", image.Name));
            }
        }
        return checks;
    }

    private static IEnumerable<(string Field, string Text)> KhmerFields(DraftTexts t)
    {
        yield return ("title", t.Title);
        yield return ("summary", t.Summary);
        yield return ("body", t.BodyMarkdown);
        foreach (var o in t.Objectives) yield return ("objective", o);
        foreach (var q in t.Questions)
        {
            yield return ("question", q.Question);
            yield return ("answer", q.Answer);
        }
    }
}
