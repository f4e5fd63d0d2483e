using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;

namespace AiGovKh.Cms.Workflow;

/// <summary>The review workflow's extra audit verbs, and one way to write an entry.</summary>
public static class ReviewAudit
{
    public const string Schedule = "schedule";
    public const string ConfirmReview = "confirm-review";

    /// <summary>"The translation in this locale still matches": clears its stale flag without changing its text. Detail: the locale.</summary>
    public const string ConfirmTranslation = "confirm-translation";

    /// <summary>
    /// Adds an audit entry to the context; it is written by the same SaveChanges (or the same
    /// explicit transaction) as the change. A new revision must be saved first so it has an id.
    /// </summary>
    public static void Record(HubDbContext db, Actor actor, string action, DateTimeOffset at, Revision? revision,
        RevisionState? from, RevisionState? to, string? detail = null, int? itemId = null)
    {
        db.AuditLog.Add(new AuditEntry
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = action,
            ContentItemId = itemId ?? revision?.ContentItemId,
            RevisionId = revision?.Id,
            FromState = from?.ToString(),
            ToState = to?.ToString(),
            Detail = detail,
        });
    }
}
