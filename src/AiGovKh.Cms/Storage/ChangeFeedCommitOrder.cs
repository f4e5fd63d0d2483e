using System.Runtime.CompilerServices;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AiGovKh.Cms.Storage;

/// <summary>
/// On PostgreSQL, makes change-feed sequences become visible in order. An identity column hands out
/// numbers at INSERT, not at COMMIT: with two publishes in flight, 11 could commit before 10, and a
/// reader that saw 11 would move its cursor past 10 for ever (the indexer, the output cache, webhooks
/// and API clients follow the feed by cursor). Taking the table in EXCLUSIVE mode before writing a
/// feed row serialises feed writers until they commit, while plain reads go on. A save outside a
/// transaction gets one here, so the lock lasts until its commit. Work that writes other rows before its
/// feed row begins its transaction with <see cref="FeedTransactions.BeginFeedTransactionAsync"/>, which takes
/// this lock first (the same order for every writer: no deadlock). SQLite needs none of this: it has
/// one writer at a time.
/// </summary>
internal sealed class ChangeFeedCommitOrder : SaveChangesInterceptor
{
    internal const string LockSql = "LOCK TABLE \"ChangeFeed\" IN EXCLUSIVE MODE";

    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _ownTransactions = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (WritesFeed(eventData.Context) is { } db)
        {
            if (db.Database.CurrentTransaction is null)
            {
                _ownTransactions.AddOrUpdate(db, db.Database.BeginTransaction());
            }
            db.Database.ExecuteSqlRaw(LockSql);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (WritesFeed(eventData.Context) is { } db)
        {
            if (db.Database.CurrentTransaction is null)
            {
                _ownTransactions.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
            }
            await db.Database.ExecuteSqlRawAsync(LockSql, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (TakeOwnTransaction(eventData.Context) is { } transaction)
        {
            using (transaction)
            {
                transaction.Commit();
            }
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (TakeOwnTransaction(eventData.Context) is { } transaction)
        {
            await using (transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        TakeOwnTransaction(eventData.Context)?.Dispose();

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (TakeOwnTransaction(eventData.Context) is { } transaction)
        {
            await transaction.DisposeAsync();
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        TakeOwnTransaction(eventData.Context)?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (TakeOwnTransaction(eventData.Context) is { } transaction)
        {
            await transaction.DisposeAsync();
        }
    }

    private static DbContext? WritesFeed(DbContext? db) =>
        db is not null && db.ChangeTracker.Entries<ChangeFeedEntry>().Any(e => e.State == EntityState.Added) ? db : null;

    private IDbContextTransaction? TakeOwnTransaction(DbContext? db)
    {
        if (db is null || !_ownTransactions.TryGetValue(db, out var transaction))
        {
            return null;
        }
        _ownTransactions.Remove(db);
        return transaction;
    }
}
