using Microsoft.EntityFrameworkCore;
using AiGovKh.Cms.Storage;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// Everyone who wrote a revision: its author plus anyone the audit log shows saving or
/// restoring into it. The second-pair-of-eyes rule refuses all of them as reviewer or publisher.
/// </summary>
public static class RevisionWriters
{
    public static readonly string[] WritingActions = [AuditActions.Create, AuditActions.Save, AuditActions.Restore];

    public static async Task<HashSet<string>> ForAsync(HubDbContext db, Content.Revision revision, CancellationToken ct = default)
    {
        var ids = await db.AuditLog
            .Where(a => a.RevisionId == revision.Id && WritingActions.Contains(a.Action))
            .Select(a => a.UserId)
            .Distinct()
            .ToListAsync(ct);
        var writers = new HashSet<string>(ids, StringComparer.Ordinal) { revision.AuthorId };
        return writers;
    }

    /// <summary>Who force-published a revision, from the audit log (null when it was not forced).</summary>
    public static Task<string?> ForcedByAsync(HubDbContext db, int revisionId, CancellationToken ct = default) =>
        db.AuditLog.Where(a => a.RevisionId == revisionId && a.Action == AuditActions.ForcePublish)
            .OrderByDescending(a => a.Id).Select(a => a.UserId).FirstOrDefaultAsync(ct);
}
