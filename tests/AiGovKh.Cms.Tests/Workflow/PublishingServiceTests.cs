using System.Data.Common;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Workflow;

public class PublishingServiceTests
{
    private static readonly Actor Editor = new("user-1", "Sokha");

    private static async Task<(int ItemId, int RevisionId)> SeedDraftAsync(TestHub hub, string slug = "what-is-ai")
    {
        return await hub.QueryAsync(async db =>
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "mptc")
                ?? db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក្រសួង", NameEn = "Ministry" }).Entity;
            var item = new ContentItem { Slug = slug, Type = ContentType.Page, Organisation = organisation, Audiences = AudienceTier.Public };
            var revision = new Revision { ContentItem = item, Number = 1, State = RevisionState.Draft, AuthorId = "user-1" };
            revision.Translations.Add(new RevisionTranslation { Locale = "km", Title = "ចំណងជើង" });
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            return (item.Id, revision.Id);
        });
    }

    private static async Task<int> AddDraftAsync(TestHub hub, int itemId, int number) =>
        await hub.QueryAsync(async db =>
        {
            var revision = new Revision { ContentItemId = itemId, Number = number, State = RevisionState.Draft, AuthorId = "user-1" };
            db.Revisions.Add(revision);
            await db.SaveChangesAsync();
            return revision.Id;
        });

    private static Task<WorkflowResult> PublishAsync(TestHub hub, int revisionId) =>
        hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().PublishAsync(revisionId, Editor, "first", TestContext.Current.CancellationToken));

    [Fact]
    public async Task Publish_sets_state_and_writes_audit_entry_and_change_feed_row()
    {
        await using var hub = await TestHub.StartAsync();
        var (itemId, revisionId) = await SeedDraftAsync(hub);

        var result = await PublishAsync(hub, revisionId);

        Assert.True(result.Succeeded);
        var revision = await hub.QueryAsync(db => db.Revisions.SingleAsync(r => r.Id == revisionId));
        Assert.Equal(RevisionState.Published, revision.State);
        Assert.NotNull(revision.PublishedAt);
        var audit = await hub.QueryAsync(db => db.AuditLog.SingleAsync());
        Assert.Equal((AuditActions.Publish, "user-1", "Sokha", "Draft", "Published", itemId, revisionId),
            (audit.Action, audit.UserId, audit.UserName, audit.FromState, audit.ToState, audit.ContentItemId, audit.RevisionId));
        var feed = await hub.QueryAsync(db => db.ChangeFeed.SingleAsync());
        Assert.Equal((ChangeKind.Published, itemId, revisionId, "what-is-ai"), (feed.Kind, feed.ContentItemId, feed.RevisionId, feed.Slug));
        Assert.Equal(feed.Sequence, result.ChangeSequence);
    }

    [Fact]
    public async Task Publishing_a_new_revision_supersedes_the_previous_one()
    {
        await using var hub = await TestHub.StartAsync();
        var (itemId, first) = await SeedDraftAsync(hub);
        await PublishAsync(hub, first);
        var second = await AddDraftAsync(hub, itemId, 2);

        var result = await PublishAsync(hub, second);

        Assert.True(result.Succeeded);
        var states = await hub.QueryAsync(db => db.Revisions.OrderBy(r => r.Number).Select(r => r.State).ToListAsync());
        Assert.Equal([RevisionState.Superseded, RevisionState.Published], states);
        Assert.Equal(2, await hub.QueryAsync(db => db.ChangeFeed.CountAsync()));
    }

    [Fact]
    public async Task Publish_writes_change_feed_row_in_same_transaction()
    {
        var failing = new FailOnInsertInto("ChangeFeed");
        await using var hub = await TestHub.StartAsync(services =>
            services.AddDbContext<HubDbContext>((sp, o) => o.AddInterceptors(failing)));
        var (itemId, first) = await SeedDraftAsync(hub);
        await PublishAsync(hub, first);
        var second = await AddDraftAsync(hub, itemId, 2);

        failing.Armed = true;
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => PublishAsync(hub, second));
        Assert.IsType<InvalidOperationException>(error.InnerException);
        failing.Armed = false;

        // Neither the new state, nor the supersession saved just before, nor the audit entry survived.
        var states = await hub.QueryAsync(db => db.Revisions.OrderBy(r => r.Number).Select(r => r.State).ToListAsync());
        Assert.Equal([RevisionState.Published, RevisionState.Draft], states);
        Assert.Equal(1, await hub.QueryAsync(db => db.AuditLog.CountAsync()));
        Assert.Equal(1, await hub.QueryAsync(db => db.ChangeFeed.CountAsync()));
    }

    [Fact]
    public async Task Publish_joins_the_callers_transaction_and_rolls_back_with_it()
    {
        await using var hub = await TestHub.StartAsync();
        var (_, revisionId) = await SeedDraftAsync(hub);

        await hub.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            var result = await sp.GetRequiredService<PublishingService>().PublishAsync(revisionId, Editor, null, TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded);
            Assert.Same(transaction, db.Database.CurrentTransaction); // still the caller's to commit or roll back
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
            return 0;
        });

        Assert.Equal(RevisionState.Draft, await hub.QueryAsync(db => db.Revisions.Select(r => r.State).SingleAsync()));
        Assert.Equal(0, await hub.QueryAsync(db => db.ChangeFeed.CountAsync()));
        Assert.Equal(0, await hub.QueryAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task Publishing_twice_is_refused_without_writing_anything()
    {
        await using var hub = await TestHub.StartAsync();
        var (_, revisionId) = await SeedDraftAsync(hub);
        await PublishAsync(hub, revisionId);

        var result = await PublishAsync(hub, revisionId);

        Assert.Equal(WorkflowStatus.InvalidState, result.Status);
        Assert.Equal(1, await hub.QueryAsync(db => db.ChangeFeed.CountAsync()));
    }

    [Fact]
    public async Task Publishing_a_missing_revision_is_not_found()
    {
        await using var hub = await TestHub.StartAsync();

        var result = await PublishAsync(hub, 999);

        Assert.Equal(WorkflowStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Unpublish_withdraws_the_published_revision_with_feed_row()
    {
        await using var hub = await TestHub.StartAsync();
        var (itemId, revisionId) = await SeedDraftAsync(hub);
        await PublishAsync(hub, revisionId);

        var result = await hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().UnpublishAsync(itemId, Editor, "outdated", TestContext.Current.CancellationToken));

        Assert.True(result.Succeeded);
        Assert.Equal(RevisionState.Unpublished, await hub.QueryAsync(db => db.Revisions.Select(r => r.State).SingleAsync()));
        var kinds = await hub.QueryAsync(db => db.ChangeFeed.OrderBy(c => c.Sequence).Select(c => c.Kind).ToListAsync());
        Assert.Equal([ChangeKind.Published, ChangeKind.Unpublished], kinds);
        Assert.Equal("outdated", await hub.QueryAsync(db => db.AuditLog.Where(a => a.Action == AuditActions.Unpublish).Select(a => a.Detail).SingleAsync()));

        var again = await hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().UnpublishAsync(itemId, Editor, null, TestContext.Current.CancellationToken));
        Assert.Equal(WorkflowStatus.InvalidState, again.Status);
    }

    [Fact]
    public async Task Delete_soft_deletes_item_archives_published_revision_and_blocks_publishing()
    {
        await using var hub = await TestHub.StartAsync();
        var (itemId, revisionId) = await SeedDraftAsync(hub);
        await PublishAsync(hub, revisionId);

        var result = await hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().DeleteAsync(itemId, Editor, null, TestContext.Current.CancellationToken));

        Assert.True(result.Succeeded);
        var item = await hub.QueryAsync(db => db.Items.SingleAsync());
        Assert.NotNull(item.DeletedAt);
        Assert.Equal(RevisionState.Archived, await hub.QueryAsync(db => db.Revisions.Select(r => r.State).SingleAsync()));
        Assert.Equal(ChangeKind.Deleted, await hub.QueryAsync(db => db.ChangeFeed.OrderBy(c => c.Sequence).Select(c => c.Kind).LastAsync()));

        var draft = await AddDraftAsync(hub, itemId, 2);
        Assert.Equal(WorkflowStatus.InvalidState, (await PublishAsync(hub, draft)).Status);
    }

    [Fact]
    public async Task Database_refuses_two_published_revisions_of_one_item()
    {
        await using var hub = await TestHub.StartAsync();
        var (itemId, revisionId) = await SeedDraftAsync(hub);
        await PublishAsync(hub, revisionId);

        await Assert.ThrowsAsync<DbUpdateException>(() => hub.QueryAsync(async db =>
        {
            db.Revisions.Add(new Revision { ContentItemId = itemId, Number = 2, State = RevisionState.Published, AuthorId = "x" });
            return await db.SaveChangesAsync();
        }));
    }

    /// <summary>Fails the INSERT into one table, as a full disk or a crash would, after earlier statements succeeded.</summary>
    private sealed class FailOnInsertInto(string table) : DbCommandInterceptor
    {
        public volatile bool Armed;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Simulated failure writing {table}.");
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
