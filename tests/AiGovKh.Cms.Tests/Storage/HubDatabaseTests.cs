using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiGovKh.Cms.Tests.Storage;

public class HubDatabaseTests
{
    [Fact]
    public async Task Migrate_creates_hub_db_in_the_data_directory_in_wal_mode()
    {
        await using var hub = await TestHub.StartAsync();

        Assert.True(File.Exists(Path.Combine(hub.Options.DataDirectory, "hub.db")));
        var (journal, busy) = await hub.QueryAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var mode = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA busy_timeout;";
            var timeout = (long)(await command.ExecuteScalarAsync())!;
            return (mode, timeout);
        });
        Assert.Equal("wal", journal);
        Assert.True(busy >= 5000);
    }

    [Fact]
    public async Task Migrating_twice_is_harmless()
    {
        await using var hub = await TestHub.StartAsync();

        await HubDatabase.MigrateAsync(hub.Services, TestContext.Current.CancellationToken);

        Assert.Empty(await hub.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
    }

    [Fact]
    public async Task Lists_and_instants_round_trip_through_the_database()
    {
        await using var hub = await TestHub.StartAsync();
        var at = new DateTimeOffset(2026, 11, 26, 17, 30, 0, TimeSpan.FromHours(7));

        await hub.QueryAsync(async db =>
        {
            var organisation = db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក", NameEn = "M" }).Entity;
            var item = new ContentItem { Slug = "x", Organisation = organisation, Topics = ["privacy", "basics"], CreatedAt = at, Audiences = AudienceTier.Leaders | AudienceTier.Public };
            var revision = new Revision { ContentItem = item, Number = 1, AuthorId = "u", CreatedAt = at };
            revision.Translations.Add(new RevisionTranslation
            {
                Locale = "km",
                Title = "ក",
                Questions = [new SelfCheckQuestion("សំណួរ?", "ចម្លើយ។")],
                Glossary = [new GlossaryEntry("ai", "AI", "Artificial intelligence")],
            });
            db.Revisions.Add(revision);
            return await db.SaveChangesAsync();
        });

        var loaded = await hub.QueryAsync(db => db.Revisions.Include(r => r.ContentItem).Include(r => r.Translations).SingleAsync());
        Assert.Equal(["privacy", "basics"], loaded.ContentItem.Topics);
        Assert.Equal(at, loaded.CreatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
        Assert.Equal(AudienceTier.Leaders | AudienceTier.Public, loaded.ContentItem.Audiences);
        Assert.Equal("ចម្លើយ។", loaded.Translation("km")!.Questions.Single().Answer);
        Assert.Equal("ai", loaded.Translation("km")!.Glossary.Single().Id);
        var ordered = await hub.QueryAsync(db => db.Revisions.Where(r => r.CreatedAt > at.AddMinutes(-1)).CountAsync());
        Assert.Equal(1, ordered);
    }

    [Fact]
    public async Task Stale_revision_save_is_refused_by_the_concurrency_token()
    {
        await using var hub = await TestHub.StartAsync();
        await hub.QueryAsync(async db =>
        {
            var organisation = db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក", NameEn = "M" }).Entity;
            db.Revisions.Add(new Revision { ContentItem = new ContentItem { Slug = "x", Organisation = organisation }, Number = 1, AuthorId = "u" });
            return await db.SaveChangesAsync();
        });

        await using var first = hub.Scope();
        await using var second = hub.Scope();
        var a = await first.ServiceProvider.GetRequiredService<HubDbContext>().Revisions.SingleAsync(TestContext.Current.CancellationToken);
        var b = await second.ServiceProvider.GetRequiredService<HubDbContext>().Revisions.SingleAsync(TestContext.Current.CancellationToken);
        a.ChangeNote = "first";
        a.Version = Guid.NewGuid();
        await first.ServiceProvider.GetRequiredService<HubDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        b.ChangeNote = "second";
        b.Version = Guid.NewGuid();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<HubDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void AddHubCms_refuses_unusable_settings_with_clear_messages()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            new ServiceCollection().AddHubCms(new HubOptions { DataDirectory = "", DatabaseProvider = "oracle" }));

        Assert.Contains(error.Failures, f => f.Contains("Hub:DataDirectory"));
        Assert.Contains(error.Failures, f => f.Contains("Hub:DatabaseProvider"));
    }

    [Fact]
    public void Postgres_needs_a_connection_string()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            new ServiceCollection().AddHubCms(o => { o.DataDirectory = "/tmp/x"; o.DatabaseProvider = "postgres"; }));

        Assert.Contains(error.Failures, f => f.Contains("Hub:ConnectionString"));
    }
}
