using AiGovKh.Cms.Storage;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Saves a change to a revision under its optimistic-concurrency token: success, or a conflict
/// (someone else saved first) with the change tracker cleared so the caller can reload.
/// </summary>
internal static class RevisionSave
{
    public static async Task<WorkflowOutcome> SaveOrConflictAsync(this HubDbContext db, int revisionId, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return WorkflowOutcome.Ok(revisionId);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowOutcome.Conflict(revisionId);
        }
    }
}
