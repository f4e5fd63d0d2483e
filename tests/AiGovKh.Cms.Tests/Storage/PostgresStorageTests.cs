using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using AiGovKh.Cms.Tests.Workflow;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AiGovKh.Cms.Tests.Storage;

/// <summary>
/// The CMS on a real PostgreSQL server (each test on its own fresh database). Skipped, with the
/// reason, when <c>AIGOVKH_TEST_POSTGRES</c> is not set.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<TestHub> StartAsync(TemporaryPostgresDatabase database, Action<IServiceCollection>? configure = null) =>
        TestHub.StartAsync(configure, o =>
        {
            o.DatabaseProvider = HubOptions.Postgres;
            o.ConnectionString = database.ConnectionString;
        });

    [Fact]
    public async Task Migrating_an_empty_database_applies_the_postgresql_migration_set()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);

        await HubDatabase.MigrateAsync(hub.Services, Ct); // twice is harmless

        var (type, applied, all, pending) = await hub.QueryAsync(async db => (
            db.GetType(),
            (await db.Database.GetAppliedMigrationsAsync(Ct)).ToList(),
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetPendingMigrationsAsync(Ct)).ToList()));
        Assert.Equal(typeof(PostgresHubDbContext), type);
        Assert.NotEmpty(applied);
        Assert.Equal(all, applied);
        Assert.Empty(pending);
    }

    [Fact]
    public async Task A_hand_built_hub_context_on_postgresql_migrates_through_the_postgresql_set()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var db = new HubDbContext(new DbContextOptionsBuilder<HubDbContext>().UseNpgsql(database.ConnectionString).Options);

        await HubDatabase.MigrateAsync(db, Ct);

        Assert.Equal(0, await db.Items.CountAsync(Ct));
        Assert.Equal(0, await db.ChangeFeed.CountAsync(Ct));
    }

    [Fact]
    public async Task Lists_instants_flags_and_bytes_round_trip()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);
        var at = new DateTimeOffset(2026, 11, 26, 17, 30, 0, TimeSpan.FromHours(7));

        await hub.QueryAsync(async db =>
        {
            var organisation = db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក្រសួង", NameEn = "M" }).Entity;
            var item = new ContentItem { Slug = "x", Organisation = organisation, Topics = ["privacy", "basics"], CreatedAt = at, Audiences = AudienceTier.Leaders | AudienceTier.Public };
            var revision = new Revision { ContentItem = item, Number = 1, AuthorId = "u", CreatedAt = at };
            revision.Translations.Add(new RevisionTranslation
            {
                Locale = "km",
                Title = "បញ្ញាសិប្បនិម្មិត",
                Questions = [new SelfCheckQuestion("សំណួរ?", "ចម្លើយ។")],
                Glossary = [new GlossaryEntry("ai", "AI", "Artificial intelligence")],
            });
            db.Revisions.Add(revision);
            db.MediaBlobs.Add(new AiGovKh.Cms.Media.MediaBlob { Sha256 = new string('a', 64), Bytes = [0, 1, 2, 255] });
            return await db.SaveChangesAsync(Ct);
        });

        var loaded = await hub.QueryAsync(db => db.Revisions.Include(r => r.ContentItem).Include(r => r.Translations).SingleAsync(Ct));
        Assert.Equal(["privacy", "basics"], loaded.ContentItem.Topics);
        Assert.Equal(at, loaded.CreatedAt);
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Public, loaded.ContentItem.Audiences);
        Assert.Equal("បញ្ញាសិប្បនិម្មិត", loaded.Translation("km")!.Title);
        Assert.Equal("ចម្លើយ។", loaded.Translation("km")!.Questions.Single().Answer);
        Assert.Equal(1, await hub.QueryAsync(db => db.Revisions.CountAsync(r => r.CreatedAt > at.AddMinutes(-1) && r.CreatedAt < at.AddMinutes(1), Ct)));
        Assert.Equal(1, await hub.QueryAsync(db => db.Items.CountAsync(i => (i.Audiences & AudienceTier.Leaders) != AudienceTier.None, Ct)));
        Assert.Equal([0, 1, 2, 255], (await hub.QueryAsync(db => db.MediaBlobs.SingleAsync(Ct))).Bytes);
    }

    [Fact]
    public async Task Importing_content_publishes_the_same_items_as_on_sqlite()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        var clockPg = new StepClock();
        var clockSqlite = new StepClock();
        await using var postgres = await StartAsync(database, s => s.AddSingleton<TimeProvider>(clockPg));
        await using var sqlite = await TestHub.StartAsync(s => s.AddSingleton<TimeProvider>(clockSqlite));

        var reportPg = await postgres.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(RepositoryContent, Ct));
        var reportSqlite = await sqlite.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(RepositoryContent, Ct));

        Assert.False(reportPg.HasErrors, string.Join("\n", reportPg.Errors));
        Assert.True(reportPg.Added > 5, reportPg.ToString());
        Assert.Equal(reportSqlite.ToString(), reportPg.ToString());
        foreach (var locale in new[] { "km", "en" })
        {
            var listedPg = await Listing(postgres, locale);
            var listedSqlite = await Listing(sqlite, locale);
            Assert.Equal(listedSqlite, listedPg);
            foreach (var slug in listedPg.Select(l => l.Split('|')[0]))
            {
                Assert.Equal(await Page(sqlite, slug, locale), await Page(postgres, slug, locale));
            }
        }

        // Imported again: nothing changes, on both.
        var againPg = await postgres.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(RepositoryContent, Ct));
        Assert.Equal(0, againPg.Added + againPg.Updated);
    }

    [Fact]
    public async Task Two_nodes_importing_at_once_publish_each_item_once()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var nodeA = await StartAsync(database);
        await using var nodeB = await StartAsync(database);
        var expected = nodeA.Services.GetRequiredService<ContentReader>().Read(RepositoryContent).Items.Select(i => i.Slug).Order(StringComparer.Ordinal).ToList();

        var reports = await Task.WhenAll(
            nodeA.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(RepositoryContent, Ct)),
            nodeB.WithAsync(sp => sp.GetRequiredService<ContentImporter>().ImportAsync(RepositoryContent, Ct)));

        var published = await nodeA.QueryAsync(db => db.Revisions.Where(r => r.State == RevisionState.Published)
            .Select(r => r.ContentItem.Slug).ToListAsync(Ct));
        Assert.Equal(expected, published.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, reports.Sum(r => r.Added));
    }

    [Fact]
    public async Task Slug_lookup_is_exact_on_both_providers()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var postgres = await StartAsync(database);
        await using var sqlite = await TestHub.StartAsync();
        foreach (var hub in new[] { postgres, sqlite })
        {
            var bed = await SeedPublishedAsync(hub, "what-is-ai");
            Assert.NotNull(await hub.WithAsync(sp => new PublishedContent(sp.GetRequiredService<HubDbContext>(), TimeProvider.System).FindBySlugAsync("what-is-ai", "en", Ct)));
            Assert.Null(await hub.WithAsync(sp => new PublishedContent(sp.GetRequiredService<HubDbContext>(), TimeProvider.System).FindBySlugAsync("What-Is-AI", "en", Ct)));
            Assert.Null(await hub.WithAsync(sp => new PublishedContent(sp.GetRequiredService<HubDbContext>(), TimeProvider.System).FindBySlugAsync("what-is-a", "en", Ct)));
        }
    }

    [Fact]
    public async Task Test_databases_use_a_linguistic_collation_that_ignores_hyphens()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT 'moeys-b' > 'moeysa'", connection);

        // So the tests below would catch SQL that relies on byte-order sorting.
        Assert.True((bool)(await command.ExecuteScalarAsync(Ct))!);
    }

    [Fact]
    public async Task Organisations_are_listed_in_code_point_order_of_their_slugs_on_both_providers()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var postgres = await StartAsync(database);
        await using var sqlite = await TestHub.StartAsync();
        foreach (var hub in new[] { postgres, sqlite })
        {
            await hub.QueryAsync(db =>
            {
                db.Organisations.AddRange(
                    new Organisation { Slug = "mptc", NameKm = "ក", NameEn = "M" },
                    new Organisation { Slug = "moeysa", NameKm = "ខ", NameEn = "A" },
                    new Organisation { Slug = "moeys-b", NameKm = "គ", NameEn = "B" });
                return db.SaveChangesAsync(Ct);
            });

            var listed = await hub.QueryAsync(db => new PublishedContent(db, TimeProvider.System).OrganisationsAsync(Ct));

            Assert.Equal(["moeys-b", "moeysa", "mptc"], listed.Select(o => o.Organisation.Slug));
        }
    }

    [Fact]
    public async Task Change_feed_rows_become_visible_in_sequence_order_even_with_concurrent_publishes()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);
        var first = await SeedDraftAsync(hub, "first");
        var second = await SeedDraftAsync(hub, "second");
        var head = await hub.QueryAsync(db => new PublishedContent(db, TimeProvider.System).FeedHeadAsync(Ct));

        // Publisher A writes its feed row and holds its transaction open.
        await using var scopeA = hub.Scope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<HubDbContext>();
        var transactionA = await dbA.Database.BeginTransactionAsync(Ct);
        Assert.True((await scopeA.ServiceProvider.GetRequiredService<PublishingService>().PublishAsync(first, Actor.System, cancellationToken: Ct)).Succeeded);

        // Publisher B starts meanwhile; it must wait for A rather than commit a later number first.
        var publishB = hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().PublishAsync(second, Actor.System, cancellationToken: Ct));
        await WaitUntilBlockedOnChangeFeedAsync(database, publishB);

        // A reader following the feed now sees neither row …
        var early = await hub.QueryAsync(db => new PublishedContent(db, TimeProvider.System).ChangesAsync(head, 100, Ct));
        await transactionA.CommitAsync(Ct);
        await transactionA.DisposeAsync();
        Assert.True((await publishB).Succeeded);
        // … and, from its cursor, both, in order: nothing was skipped.
        var later = await hub.QueryAsync(db => new PublishedContent(db, TimeProvider.System).ChangesAsync(early.NextCursor, 100, Ct));

        var seen = early.Changes.Concat(later.Changes).ToList();
        Assert.Equal(["first", "second"], seen.Select(c => c.Slug));
        Assert.True(seen[0].Sequence < seen[1].Sequence);
    }

    [Fact]
    public async Task Publishing_a_new_revision_waits_for_the_feed_lock_before_it_touches_the_live_one()
    {
        // Every feed writer must take the change-feed lock before any row lock. Publishing supersedes the live
        // revision first; if it locked that row before the feed, an unpublish of the same item already holding the
        // feed lock would wait for the row while the publish waits for the feed: a deadlock, and a 500 for one editor.
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);
        var live = await SeedPublishedAsync(hub, "twice");
        var next = await hub.QueryAsync(async db =>
        {
            var first = await db.Revisions.Include(r => r.Translations).SingleAsync(r => r.Id == live, Ct);
            var revision = new Revision { ContentItemId = first.ContentItemId, Number = 2, AuthorId = "u" };
            revision.Translations.Add(new RevisionTranslation { Locale = "en", Title = "Second", BodyHtml = "<p>Two</p>" });
            revision.Translations.Add(new RevisionTranslation { Locale = "km", Title = "ទីពីរ", BodyHtml = "<p>ពីរ</p>" });
            db.Revisions.Add(revision);
            await db.SaveChangesAsync(Ct);
            return revision.Id;
        });

        // Another writer (as an unpublish would) holds the feed lock …
        await using var other = new NpgsqlConnection(database.ConnectionString);
        await other.OpenAsync(Ct);
        await using var otherTransaction = await other.BeginTransactionAsync(Ct);
        await new NpgsqlCommand("LOCK TABLE \"ChangeFeed\" IN EXCLUSIVE MODE", other, otherTransaction).ExecuteNonQueryAsync(Ct);
        var publish = hub.WithAsync(sp => sp.GetRequiredService<PublishingService>().PublishAsync(next, Actor.System, cancellationToken: Ct));
        await WaitUntilBlockedOnChangeFeedAsync(database, publish);

        // … and can still take the live revision's row: the waiting publish holds no lock on it.
        await new NpgsqlCommand("SET LOCAL lock_timeout = '10s'", other, otherTransaction).ExecuteNonQueryAsync(Ct);
        await new NpgsqlCommand($"SELECT 1 FROM \"Revisions\" WHERE \"Id\" = {live} FOR UPDATE", other, otherTransaction).ExecuteScalarAsync(Ct);
        await otherTransaction.CommitAsync(Ct);

        Assert.True((await publish).Succeeded);
        var states = await hub.QueryAsync(db => db.Revisions.Where(r => r.Id == live || r.Id == next).OrderBy(r => r.Number).Select(r => r.State).ToListAsync(Ct));
        Assert.Equal([RevisionState.Superseded, RevisionState.Published], states);
    }

    [Fact]
    public async Task Change_feed_keeps_publish_order_for_publish_unpublish_and_delete()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);
        var a = await SeedDraftAsync(hub, "a");
        var b = await SeedDraftAsync(hub, "b");
        var itemA = await hub.QueryAsync(db => db.Revisions.Where(r => r.Id == a).Select(r => r.ContentItemId).SingleAsync(Ct));

        await Publishing(hub, p => p.PublishAsync(b, Actor.System, cancellationToken: Ct));
        await Publishing(hub, p => p.PublishAsync(a, Actor.System, cancellationToken: Ct));
        await Publishing(hub, p => p.UnpublishAsync(itemA, Actor.System, cancellationToken: Ct));

        var rows = await hub.QueryAsync(db => db.ChangeFeed.OrderBy(c => c.Sequence).Select(c => new { c.Sequence, c.Slug, c.Kind }).ToListAsync(Ct));
        Assert.Equal(["b", "a", "a"], rows.Select(r => r.Slug));
        Assert.Equal([ChangeKind.Published, ChangeKind.Published, ChangeKind.Unpublished], rows.Select(r => r.Kind));
        Assert.Equal(rows.Select(r => r.Sequence).Order(), rows.Select(r => r.Sequence));
        var changes = await hub.QueryAsync(db => new PublishedContent(db, TimeProvider.System).ChangesAsync(0, 100, Ct));
        Assert.Equal([("b", PublicChangeKind.Published), ("a", PublicChangeKind.Withdrawn)], changes.Changes.Select(c => (c.Slug, c.Kind)));
    }

    [Fact]
    public async Task Stale_draft_save_is_a_conflict_on_postgresql()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        using var bed = new ReviewTestBed(await MigratedOptionsAsync(database));
        var id = await bed.CreateItem(bed.Contributor, bed.Moeys);
        var loaded = (await bed.Current(id)).Version;

        Assert.True((await bed.Drafts(d => d.SaveAsync(bed.Contributor, id, loaded, ReviewTestBed.Input("ទីមួយ", "First")))).Succeeded);
        var second = await bed.Drafts(d => d.SaveAsync(bed.Contributor2, id, loaded, ReviewTestBed.Input("ទីពីរ", "Second")));

        Assert.Equal(WorkflowError.Conflict, second.Error);
        Assert.Equal("First", (await bed.Current(id)).Translation("en")!.Title);
    }

    [Fact]
    public async Task Two_nodes_running_the_scheduler_at_once_publish_a_due_revision_once()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        using var bed = new ReviewTestBed(await MigratedOptionsAsync(database));
        var id = await bed.ApprovedItem();
        Assert.True((await bed.Desk(d => d.PublishAsync(bed.Publisher, id, bed.Clock.Now.AddHours(1), null))).Succeeded);
        bed.Clock.Advance(TimeSpan.FromHours(2));

        var published = await Task.WhenAll(Task.Run(bed.RunScheduler, Ct), Task.Run(bed.RunScheduler, Ct));

        Assert.Equal(1, published.Sum());
        Assert.Equal(RevisionState.Published, (await bed.Current(id)).State);
        Assert.Equal(1, await bed.With(db => db.ChangeFeed.CountAsync(c => c.ContentItemId == id && c.Kind == ChangeKind.Published, Ct)));
    }

    [Fact]
    public async Task Concurrency_token_refuses_a_stale_revision_save()
    {
        await using var database = await TemporaryPostgresDatabase.CreateAsync();
        await using var hub = await StartAsync(database);
        var revisionId = await SeedDraftAsync(hub, "x");

        await using var first = hub.Scope();
        await using var second = hub.Scope();
        var dbA = first.ServiceProvider.GetRequiredService<HubDbContext>();
        var dbB = second.ServiceProvider.GetRequiredService<HubDbContext>();
        var a = await dbA.Revisions.SingleAsync(r => r.Id == revisionId, Ct);
        var b = await dbB.Revisions.SingleAsync(r => r.Id == revisionId, Ct);
        a.ChangeNote = "first";
        a.Version = Guid.NewGuid();
        Assert.Equal(WorkflowOutcome.Ok(revisionId).Succeeded, (await dbA.SaveOrConflictAsync(revisionId, Ct)).Succeeded);
        b.ChangeNote = "second";
        b.Version = Guid.NewGuid();

        var outcome = await dbB.SaveOrConflictAsync(revisionId, Ct);

        Assert.Equal(WorkflowError.Conflict, outcome.Error);
        Assert.Equal("first", await hub.QueryAsync(db => db.Revisions.Where(r => r.Id == revisionId).Select(r => r.ChangeNote).SingleAsync(Ct)));
    }

    /// <summary>Options as the hub builds them for PostgreSQL (with its interceptors), on a migrated database.</summary>
    private static async Task<DbContextOptions<HubDbContext>> MigratedOptionsAsync(TemporaryPostgresDatabase database)
    {
        var builder = new DbContextOptionsBuilder<HubDbContext>();
        CmsServiceCollectionExtensions.ConfigureDatabase(builder, new HubOptions { DatabaseProvider = HubOptions.Postgres, ConnectionString = database.ConnectionString });
        await using (var db = new HubDbContext(builder.Options))
        {
            await HubDatabase.MigrateAsync(db, Ct);
        }
        return builder.Options;
    }

    private static string RepositoryContent
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "AiGovKh.sln")))
                {
                    return Path.Combine(folder.FullName, "content");
                }
            }
            throw new InvalidOperationException("The repository (AiGovKh.sln) is not above the test binaries.");
        }
    }

    private static Task<List<string>> Listing(TestHub hub, string locale) => hub.WithAsync(async sp =>
        (await new PublishedContent(sp.GetRequiredService<HubDbContext>(), sp.GetRequiredService<TimeProvider>())
            .ListingAsync(new ContentFilter(), locale, Ct))
        .Select(i => string.Join('|', i.Slug, i.Type, i.Audiences, string.Join(',', i.Topics), i.Organisation.Slug, i.CourseSlug,
            i.Position, i.License, i.RevisionNumber, i.PublishedAt.UtcTicks, i.Locale, i.Title, i.Summary, i.ReadingMinutes, i.IsStale, string.Join(',', i.Locales)))
        .ToList());

    private static Task<string?> Page(TestHub hub, string slug, string locale) => hub.WithAsync(async sp =>
    {
        var page = await new PublishedContent(sp.GetRequiredService<HubDbContext>(), sp.GetRequiredService<TimeProvider>()).FindBySlugAsync(slug, locale, Ct);
        return page is null ? null : string.Join('|', page.Text.Title, page.Text.BodyHtml, page.IsStale, page.IsFallback,
            string.Join(',', page.Locales), string.Join(',', page.Attachments.Select(a => $"{a.Name}:{a.Sha256}:{a.Size}")),
            string.Join(',', page.Text.Objectives), page.Text.Questions.Count, page.Text.Glossary.Count);
    });

    private static async Task Publishing(TestHub hub, Func<PublishingService, Task<WorkflowResult>> action) =>
        Assert.True((await hub.WithAsync(sp => action(sp.GetRequiredService<PublishingService>()))).Succeeded);

    /// <summary>An item with one draft revision (English and Khmer); returns the revision id.</summary>
    private static Task<int> SeedDraftAsync(TestHub hub, string slug) => hub.QueryAsync(async db =>
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "mptc", Ct)
            ?? db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", NameEn = "MPTC" }).Entity;
        var revision = new Revision
        {
            ContentItem = new ContentItem { Slug = slug, Type = ContentType.Page, Organisation = organisation, Audiences = AudienceTier.Public },
            Number = 1,
            AuthorId = "u",
        };
        revision.Translations.Add(new RevisionTranslation { Locale = "en", Title = $"Title {slug}", BodyHtml = "<p>Body</p>" });
        revision.Translations.Add(new RevisionTranslation { Locale = "km", Title = $"ចំណងជើង {slug}", BodyHtml = "<p>អត្ថបទ</p>" });
        db.Revisions.Add(revision);
        await db.SaveChangesAsync(Ct);
        return revision.Id;
    });

    private static async Task<int> SeedPublishedAsync(TestHub hub, string slug)
    {
        var revision = await SeedDraftAsync(hub, slug);
        await Publishing(hub, p => p.PublishAsync(revision, Actor.System, cancellationToken: Ct));
        return revision;
    }

    /// <summary>Waits (up to a minute) until <paramref name="publish"/> is waiting for the change-feed lock; fails if it finished instead.</summary>
    private static async Task WaitUntilBlockedOnChangeFeedAsync(TemporaryPostgresDatabase database, Task publish)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '\"ChangeFeed\"'::regclass", connection);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            Assert.False(publish.IsCompleted, "The second publish committed while the first one's feed row was still uncommitted.");
            if ((long)(await command.ExecuteScalarAsync(Ct))! > 0)
            {
                return;
            }
            await Task.Delay(100, Ct);
        }
        Assert.Fail("The second publish neither finished nor waited for the change-feed lock.");
    }
}
