using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Attaching library files to an item's draft (images the Markdown refers to by name, and
/// downloadable attachments) and removing them. Only the item's writers, and only with files of
/// their own organisation (publishers: any).
/// </summary>
public sealed class DraftMedia(HubDbContext db, RevisionRenderer renderer, MediaStore store, TimeProvider clock)
{
    public async Task<WorkflowOutcome> AttachAsync(WorkflowUser user, int itemId, int mediaAssetId, MediaRole role, CancellationToken ct = default)
    {
        var (outcome, draft) = await OpenDraftAsync(user, itemId, ct);
        if (draft is null) return outcome;
        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == mediaAssetId, ct);
        if (asset is null || !(user.IsPublisher || (asset.OrganisationId is not null && asset.OrganisationId == user.OrganisationId)))
            return WorkflowOutcome.NotFound();
        if (role == MediaRole.Image && !asset.IsImage) return WorkflowOutcome.Invalid("Media.NotAnImage");
        // A publisher may use another organisation's file; the item then links to its own organisation's
        // asset for the same bytes, so neither organisation's edits reach the other's pages.
        asset = await store.OwnedByAsync(asset, draft.ContentItem.OrganisationId, ct);
        var media = await db.RevisionMedia.Where(m => m.RevisionId == draft.Id).ToListAsync(ct);
        if (asset.Id != 0 && media.Any(m => m.MediaAssetId == asset.Id)) return WorkflowOutcome.Ok(draft.Id);
        var name = asset.FileName;
        for (var n = 2; media.Any(m => m.Name == name); n++)
            name = $"{Path.GetFileNameWithoutExtension(asset.FileName)}-{n}{Path.GetExtension(asset.FileName)}";
        draft.Media.Add(new RevisionMedia { MediaAsset = asset, Role = role, Name = name });
        return await SaveAsync(user, draft, $"attach {name}", ct);
    }

    public async Task<WorkflowOutcome> DetachAsync(WorkflowUser user, int itemId, int revisionMediaId, CancellationToken ct = default)
    {
        var (outcome, draft) = await OpenDraftAsync(user, itemId, ct);
        if (draft is null) return outcome;
        var link = await db.RevisionMedia.FirstOrDefaultAsync(m => m.Id == revisionMediaId && m.RevisionId == draft.Id, ct);
        if (link is null) return WorkflowOutcome.NotFound();
        db.RevisionMedia.Remove(link);
        draft.Media.Remove(link);
        return await SaveAsync(user, draft, $"detach {link.Name}", ct);
    }

    private async Task<(WorkflowOutcome, Revision?)> OpenDraftAsync(WorkflowUser user, int itemId, CancellationToken ct)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, user, itemId, ct);
        if (item is null) return (WorkflowOutcome.NotFound(), null);
        if (!ReviewRules.CanWrite(user, item.OrganisationId)) return (WorkflowOutcome.Forbidden(), null);
        var draft = WorkflowItems.Pending(item);
        if (draft is not { State: RevisionState.Draft }) return (WorkflowOutcome.WrongState("Media.NeedsDraft"), null);
        await db.Entry(draft).Collection(r => r.Media).Query().Include(m => m.MediaAsset).LoadAsync(ct);
        return (WorkflowOutcome.Ok(draft.Id), draft);
    }

    private async Task<WorkflowOutcome> SaveAsync(WorkflowUser user, Revision draft, string detail, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await renderer.RenderAsync(draft, ct);
        draft.UpdatedAt = now;
        draft.Version = Guid.NewGuid();
        ReviewAudit.Record(db, user.ToActor(), AuditActions.Save, now, draft, RevisionState.Draft, RevisionState.Draft, detail);
        return await db.SaveOrConflictAsync(draft.Id, ct);
    }
}
