using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Cms.Tests.Workflow;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// A fresh in-memory SQLite hub with two ministries and one user per role, and the workflow
/// services over it. Each service call uses a new context, as a request would.
/// </summary>
public sealed class ReviewTestBed : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<HubDbContext> _options;
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    public int Moeys { get; }
    public int Maff { get; }

    public WorkflowUser Contributor { get; }
    public WorkflowUser Contributor2 { get; }
    public WorkflowUser Reviewer { get; }
    public WorkflowUser Reviewer2 { get; }
    public WorkflowUser OtherContributor { get; }
    public WorkflowUser OtherReviewer { get; }
    public WorkflowUser Publisher { get; }
    public WorkflowUser Publisher2 { get; }
    public WorkflowUser Administrator { get; }

    public ReviewTestBed()
        : this(null)
    {
    }

    /// <summary>The same bed on another database (a migrated PostgreSQL one); null means in-memory SQLite.</summary>
    public ReviewTestBed(DbContextOptions<HubDbContext>? options)
    {
        _options = options ?? new DbContextOptionsBuilder<HubDbContext>().UseSqlite(_connection).Options;
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
        var moeys = new Organisation { Slug = "moeys", NameKm = "ក្រសួងអប់រំ យុវជន និងកីឡា", NameEn = "MoEYS" };
        var maff = new Organisation { Slug = "maff", NameKm = "ក្រសួងកសិកម្ម", NameEn = "MAFF" };
        var mptc = new Organisation { Slug = "mptc", NameKm = "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", NameEn = "MPTC" };
        db.Organisations.AddRange(moeys, maff, mptc);
        db.SaveChanges();
        Moeys = moeys.Id;
        Maff = maff.Id;
        Contributor = User("c1", HubRoles.Contributor, Moeys);
        Contributor2 = User("c2", HubRoles.Contributor, Moeys);
        Reviewer = User("r1", HubRoles.Reviewer, Moeys);
        Reviewer2 = User("r2", HubRoles.Reviewer, Moeys);
        OtherContributor = User("c-maff", HubRoles.Contributor, Maff);
        OtherReviewer = User("r-maff", HubRoles.Reviewer, Maff);
        Publisher = User("p1", HubRoles.Publisher, mptc.Id);
        Publisher2 = User("p2", HubRoles.Publisher, mptc.Id);
        Administrator = User("a1", HubRoles.Administrator, null);
    }

    private static WorkflowUser User(string id, string role, int? org) => new(id, id + " name", new HashSet<string> { role }, org);

    public HubDbContext NewContext() => new(_options);

    public async Task<T> With<T>(Func<HubDbContext, Task<T>> action)
    {
        await using var db = NewContext();
        return await action(db);
    }

    public Task<WorkflowOutcome> Drafts(Func<DraftEditing, Task<WorkflowOutcome>> f) => With(db => f(new DraftEditing(db, new RevisionRenderer(db, new MarkdownRenderer()), Clock)));
    public Task<WorkflowOutcome> Review(Func<ReviewService, Task<WorkflowOutcome>> f) => With(db => f(new ReviewService(db, Clock)));
    public Task<WorkflowOutcome> Desk(Func<PublicationDesk, Task<WorkflowOutcome>> f) => With(db => f(new PublicationDesk(db, new LiveTransitions(db, new PublishingService(db, Clock), Clock), Clock)));
    public Task<int> RunScheduler() => With(db => new ScheduledPublishing(db, new LiveTransitions(db, new PublishingService(db, Clock), Clock), Clock).RunDueAsync());

    public static DraftInput Input(string km, string en, string body = "Body") => new(
        new DraftTexts(km, "សេចក្តីសង្ខេប", body, ["គោលបំណង"], [new SelfCheckQuestion("សំណួរ?", "ចម្លើយ")]),
        new DraftTexts(en, "Summary", body, ["Objective"], [new SelfCheckQuestion("Question?", "Answer")]),
        AudienceTier.Public, ["ai-basics"], null, null);

    /// <summary>Creates an item as <paramref name="author"/> and returns its id.</summary>
    public async Task<int> CreateItem(WorkflowUser author, int organisationId, string slug = "what-is-ai", ContentType type = ContentType.Lesson)
    {
        await using var db = NewContext();
        var (outcome, id) = await new DraftEditing(db, new RevisionRenderer(db, new MarkdownRenderer()), Clock)
            .CreateAsync(author, new NewItem(slug, type, organisationId), Input("តើ AI ជាអ្វី", "What is AI"));
        Assert.True(outcome.Succeeded, outcome.MessageKey);
        return id!.Value;
    }

    /// <summary>Creates, submits and approves an item (contributor writes, reviewer approves).</summary>
    public async Task<int> ApprovedItem(string slug = "what-is-ai")
    {
        var id = await CreateItem(Contributor, Moeys, slug);
        Assert.True((await Review(s => s.SubmitAsync(Contributor, id, "First version"))).Succeeded);
        Assert.True((await Review(s => s.ApproveAsync(Reviewer, id, null))).Succeeded);
        return id;
    }

    public Task<Revision> Current(int itemId) => With(async db =>
    {
        var item = await db.Items.Include(i => i.Revisions).ThenInclude(r => r.Translations).FirstAsync(i => i.Id == itemId);
        return WorkflowItems.Current(item)!;
    });

    public Task<List<Revision>> Revisions(int itemId) => With(db => db.Revisions.Include(r => r.Translations)
        .Where(r => r.ContentItemId == itemId).OrderBy(r => r.Number).ToListAsync());

    public void Dispose() => _connection.Dispose();
}
