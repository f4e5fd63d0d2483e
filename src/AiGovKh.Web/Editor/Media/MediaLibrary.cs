using AiGovKh.Cms;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Media;

/// <summary>Where a media file is used: which revision of which item, under which name.</summary>
public sealed record MediaUse(int ItemId, string Slug, int RevisionNumber, RevisionState State, string Name);

/// <summary>
/// The editor's media library over <see cref="MediaStore"/>: upload with alt text, edit alt text,
/// replace the bytes while keeping every link (items refer to a file by its asset, not its bytes),
/// and "where is this used". Members act only on their organisation's files.
/// </summary>
public sealed class MediaLibrary(HubDbContext db, MediaStore store, RevisionRenderer renderer, HubOptions options, TimeProvider clock)
{
    public IQueryable<MediaAsset> Readable(WorkflowUser user)
    {
        if (user.IsPublisher || user.IsAdministrator) return db.MediaAssets;
        var org = user.IsOrganisationMember ? user.OrganisationId : -1;
        return db.MediaAssets.Where(m => m.OrganisationId == org);
    }

    public static bool CanWrite(WorkflowUser user, MediaAsset asset) =>
        user.IsPublisher || (user.IsOrganisationMember && asset.OrganisationId == user.OrganisationId);

    public Task<MediaAsset?> FindAsync(WorkflowUser user, int id, CancellationToken ct = default) =>
        Readable(user).FirstOrDefaultAsync(m => m.Id == id, ct);

    /// <summary>Stores an upload. Returns the asset, or the message key of the refusal (nothing is stored then).</summary>
    public async Task<(MediaAsset? Asset, string? Problem, string? Detail)> UploadAsync(WorkflowUser user, byte[] bytes, string? fileName, string? altKm, string? altEn, CancellationToken ct = default)
    {
        if (!user.IsPublisher && !user.IsOrganisationMember) return (null, "Error.Forbidden", null);
        var check = store.Inspect(bytes);
        if (!check.Accepted) return (null, ProblemKey(check.Rule), check.Message);
        if (check.Type!.IsImage && (string.IsNullOrWhiteSpace(altKm) || string.IsNullOrWhiteSpace(altEn)))
            return (null, "Media.AltRequired", null);
        try
        {
            var asset = await store.AddAsync(bytes, fileName ?? "", new MediaUpload(user.OrganisationId, user.Id, altKm, altEn), ct);
            return (asset, null, null);
        }
        catch (MediaRejectedException e)
        {
            return (null, ProblemKey(e.Rule), e.Message);
        }
    }

    public async Task<string?> SetAltAsync(WorkflowUser user, MediaAsset asset, string? altKm, string? altEn, CancellationToken ct = default)
    {
        if (!CanWrite(user, asset)) return "Error.Forbidden";
        if (await NeedsPublisherAsync(user, asset, ct)) return "Media.LiveNeedsPublisher";
        var km = DraftValidation.Clean(altKm).Replace('\n', ' ');
        var en = DraftValidation.Clean(altEn).Replace('\n', ' ');
        if (asset.IsImage && (km.Length == 0 || en.Length == 0)) return "Media.AltRequired";
        if (km.Length > 1000 || en.Length > 1000) return "Error.EntryTooLong";
        asset.AltKm = km.Length == 0 ? null : km;
        asset.AltEn = en.Length == 0 ? null : en;
        await RerenderUsersAsync(asset, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>New bytes for the same asset: items keep pointing at it and their pages are rendered again.</summary>
    public async Task<(string? Problem, string? Detail)> ReplaceAsync(WorkflowUser user, MediaAsset asset, byte[] bytes, string? fileName, CancellationToken ct = default)
    {
        if (!CanWrite(user, asset)) return ("Error.Forbidden", null);
        if (await NeedsPublisherAsync(user, asset, ct)) return ("Media.LiveNeedsPublisher", null);
        var check = store.Inspect(bytes);
        if (check.Accepted && check.Type!.IsImage) check = ImageVariants.Verify(bytes, options.MaxImagePixels);
        if (!check.Accepted) return (ProblemKey(check.Rule), check.Message);
        if (check.Type!.IsImage != asset.IsImage) return ("Media.ReplaceKind", null);

        await KeepOtherOrganisationsOnOldBytesAsync(asset, ct);
        var sha = MediaStore.Sha256Hex(bytes);
        if (!await db.MediaBlobs.AnyAsync(b => b.Sha256 == sha, ct))
            db.MediaBlobs.Add(new MediaBlob { Sha256 = sha, Bytes = bytes });
        asset.Sha256 = sha;
        asset.ContentType = check.Type.ContentType;
        asset.Size = bytes.LongLength;
        asset.Width = check.Image?.Width;
        asset.Height = check.Image?.Height;
        asset.FileName = MediaStore.DisplayName(fileName, check.Type);
        var now = clock.GetUtcNow();
        await using var tx = await db.BeginFeedTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        var live = await RerenderUsersAsync(asset, ct);
        foreach (var r in live)
            db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = r.ContentItemId, Slug = r.ContentItem.Slug, Kind = ChangeKind.Published, RevisionId = r.Id, At = now });
        db.AuditLog.Add(new AuditEntry { At = now, UserId = user.Id, UserName = user.Name, Action = "replace-media", Detail = $"{asset.Id}: {asset.FileName}" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (null, null);
    }

    /// <summary>
    /// Links from another organisation's items (made before assets were per organisation, or by an
    /// import) move to that organisation's own asset of the current bytes: a replace changes only the
    /// owner's pages.
    /// </summary>
    private async Task KeepOtherOrganisationsOnOldBytesAsync(MediaAsset asset, CancellationToken ct)
    {
        if (asset.OrganisationId is not { } owner) return;
        var foreign = await db.RevisionMedia.Include(m => m.Revision).ThenInclude(r => r.ContentItem)
            .Where(m => m.MediaAssetId == asset.Id && m.Revision.ContentItem.OrganisationId != owner)
            .ToListAsync(ct);
        var copies = new Dictionary<int, MediaAsset>();
        foreach (var link in foreign)
        {
            var org = link.Revision.ContentItem.OrganisationId;
            if (!copies.TryGetValue(org, out var copy))
                copies[org] = copy = await store.OwnedByAsync(asset, org, ct);
            link.MediaAsset = copy;
        }
    }

    /// <summary>
    /// A file on published pages changes those pages at once, with no review: only a publisher may replace it or
    /// change its alt text. Contributors and reviewers upload a new file and use it in a draft instead.
    /// Deliberately wider than <see cref="LiveRevisions"/>: a published revision still waiting for its
    /// scheduled time counts too, since it will show the file when it goes live.
    /// </summary>
    private async Task<bool> NeedsPublisherAsync(WorkflowUser user, MediaAsset asset, CancellationToken ct) =>
        !user.IsPublisher && await db.RevisionMedia.AnyAsync(m => m.MediaAssetId == asset.Id && m.Revision.State == RevisionState.Published, ct);

    public async Task<List<MediaUse>> WhereUsedAsync(WorkflowUser user, MediaAsset asset, CancellationToken ct = default)
    {
        var uses = await db.RevisionMedia.Where(m => m.MediaAssetId == asset.Id)
            .Select(m => new { m.Revision.ContentItemId, m.Revision.ContentItem.Slug, m.Revision.ContentItem.OrganisationId, m.Revision.Number, m.Revision.State, m.Name })
            .ToListAsync(ct);
        return [.. uses.Where(u => ReviewRules.CanRead(user, u.OrganisationId))
            .OrderBy(u => u.Slug).ThenByDescending(u => u.Number)
            .Select(u => new MediaUse(u.ContentItemId, u.Slug, u.Number, u.State, u.Name))];
    }

    /// <summary>Renders again the open and live revisions that use the asset (their HTML holds its URL and alt text).</summary>
    private async Task<List<Revision>> RerenderUsersAsync(MediaAsset asset, CancellationToken ct)
    {
        var revisions = await db.Revisions
            .Where(r => r.Media.Any(m => m.MediaAssetId == asset.Id)
                        && (r.State == RevisionState.Draft || r.State == RevisionState.InReview || r.State == RevisionState.Approved || r.State == RevisionState.Published))
            .Include(r => r.Translations).Include(r => r.Media).ThenInclude(m => m.MediaAsset).Include(r => r.ContentItem)
            .ToListAsync(ct);
        foreach (var r in revisions)
            await renderer.RenderAsync(r, ct);
        return [.. revisions.Where(r => r.State == RevisionState.Published)];
    }

    private static string ProblemKey(string? rule) => rule switch
    {
        MediaRules.Empty => "Media.Empty",
        MediaRules.TooLarge => "Media.TooLarge",
        MediaRules.UnsupportedType => "Media.Unsupported",
        MediaRules.CorruptImage => "Media.Corrupt",
        MediaRules.TooManyPixels => "Media.TooManyPixels",
        _ => "Media.Unsupported",
    };
}
