using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>Loads an item for a workflow action, answering "not found" for items the user may not read.</summary>
public static class WorkflowItems
{
    public static async Task<ContentItem?> LoadReadableAsync(HubDbContext db, WorkflowUser user, int itemId, CancellationToken ct = default)
    {
        var item = await db.Items
            .Include(i => i.Revisions).ThenInclude(r => r.Translations)
            .FirstOrDefaultAsync(i => i.Id == itemId && i.DeletedAt == null, ct);
        // Another organisation's item answers exactly like a missing one, so ids cannot be probed.
        return item is not null && ReviewRules.CanRead(user, item.OrganisationId) ? item : null;
    }

    /// <summary>The open draft-side revision (draft, in review or approved), if any.</summary>
    public static Revision? Pending(ContentItem item) => item.Revisions
        .Where(r => r.State is RevisionState.Draft or RevisionState.InReview or RevisionState.Approved)
        .MaxBy(r => r.Number);

    public static Revision? Published(ContentItem item) => item.Revisions.FirstOrDefault(r => r.State == RevisionState.Published);

    /// <summary>The revision an editor works from: the pending one, else the newest.</summary>
    public static Revision? Current(ContentItem item) => Pending(item) ?? item.Revisions.MaxBy(r => r.Number);
}
