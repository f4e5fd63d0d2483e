using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// Transactions that write change-feed rows after other rows (publish supersedes the live revision first,
/// archive unpublishes then closes drafts, the importer writes the item before publishing it, a media
/// replacement updates the asset before announcing the pages it changed).
/// </summary>
/// <remarks>
/// On PostgreSQL every feed writer takes the feed lock (<see cref="ChangeFeedCommitOrder"/>). Taken only at
/// the save that adds the feed row, it would come after the row locks of earlier saves in the same
/// transaction; a publish and an unpublish of one item would then each hold what the other waits for, and
/// PostgreSQL would kill one of them as a deadlock. Taking it when the transaction begins puts every feed
/// writer in the same order (feed, then rows), so they wait for each other instead. SQLite has one writer
/// at a time and needs nothing.
/// </remarks>
public static class FeedTransactions
{
    public static async Task<IDbContextTransaction> BeginFeedTransactionAsync(this HubDbContext db, CancellationToken ct = default)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(ChangeFeedCommitOrder.LockSql, ct);
        }
        return transaction;
    }
}
