using System.Net.Http.Headers;
using System.Text.Json;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Tests.Api;

/// <summary>
/// The test hub plus one item in every state that must never leak (in review, approved, scheduled,
/// unpublished, deleted), topics on a few items, and a rate limit high enough not to get in the way.
/// </summary>
public class ApiHub : HubFactory
{
    public const string InReview = "lesson-in-review";
    public const string Approved = "approved-guideline";
    public const string Scheduled = "scheduled-campaign";
    public const string Unpublished = "withdrawn-page";
    public const string Deleted = "deleted-guideline";

    /// <summary>Every seeded slug that is not live, whatever the reason.</summary>
    public static readonly string[] NotLive = [TestContent.DraftOnly, TestContent.Expired, InReview, Approved, Scheduled, Unpublished, Deleted];

    /// <summary>The live slugs of the seed.</summary>
    public static readonly string[] Live =
    [
        TestContent.Course, TestContent.Lesson1, TestContent.Lesson2EnglishOnly, TestContent.Lesson3KhmerOnly,
        TestContent.GuidelineStaleKhmer, TestContent.Campaign, TestContent.Page,
    ];

    /// <summary>Titles used by the items that must not leak; none may appear in any public answer.</summary>
    public const string SecretTitle = "SECRET-UNPUBLISHED";

    protected virtual int RateLimitPermits => 100_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RateLimitPermits", RateLimitPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public async Task<HttpClient> CreateApiClientAsync()
    {
        var client = await CreateSeededClientAsync();
        await SeedHiddenOnceAsync();
        return client;
    }

    private bool _hiddenSeeded;

    private async Task SeedHiddenOnceAsync()
    {
        if (_hiddenSeeded)
        {
            return;
        }
        _hiddenSeeded = true;
        await WithDatabaseAsync(async db =>
        {
            var mptc = await db.Organisations.SingleAsync(o => o.Slug == "mptc");
            var moeys = new Organisation { Slug = "moeys", NameKm = "ក្រសួងអប់រំ យុវជន និងកីឡា", NameEn = "Ministry of Education, Youth and Sport" };
            db.Organisations.Add(moeys);
            var course = await db.Items.SingleAsync(i => i.Slug == TestContent.Course);

            var inReview = TestContent.Item(mptc, InReview, ContentType.Lesson, AudienceTier.Public);
            inReview.Course = course;
            inReview.Position = 5;
            Hidden(inReview, RevisionState.InReview);
            var approved = TestContent.Item(mptc, Approved, ContentType.Guideline, AudienceTier.Public);
            Hidden(approved, RevisionState.Approved);
            var scheduled = TestContent.Item(mptc, Scheduled, ContentType.Campaign, AudienceTier.Public);
            Hidden(scheduled, RevisionState.Published).PublishAt = DateTimeOffset.UtcNow.AddDays(30);
            var unpublished = TestContent.Item(mptc, Unpublished, ContentType.Page, AudienceTier.Public);
            Hidden(unpublished, RevisionState.Unpublished);
            var deleted = TestContent.Item(mptc, Deleted, ContentType.Guideline, AudienceTier.Public);
            Hidden(deleted, RevisionState.Archived);
            deleted.DeletedAt = TestContent.Written.AddDays(3);
            db.Items.AddRange(inReview, approved, scheduled, unpublished, deleted);
            await db.SaveChangesAsync();

            // Topics and a second organisation for the filters.
            var guideline = await db.Items.Include(i => i.Organisation).SingleAsync(i => i.Slug == TestContent.GuidelineStaleKhmer);
            guideline.Topics = ["work", "safety"];
            guideline.Organisation = moeys;
            var lesson3 = await db.Items.SingleAsync(i => i.Slug == TestContent.Lesson3KhmerOnly);
            lesson3.Topics = ["safety"];

            // Feed rows as the workflow writes them: the scheduled item was published (then rescheduled),
            // the unpublished one published then withdrawn, the deleted one published then deleted.
            var hidden = await db.Items.Where(i => i.Slug == Scheduled || i.Slug == Unpublished || i.Slug == Deleted).ToListAsync();
            foreach (var item in hidden)
            {
                db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Published, At = TestContent.Written });
            }
            await db.SaveChangesAsync();
            foreach (var item in hidden.Where(i => i.Slug != Scheduled))
            {
                db.ChangeFeed.Add(new ChangeFeedEntry
                {
                    ContentItemId = item.Id, Slug = item.Slug, At = TestContent.Written.AddDays(3),
                    Kind = item.Slug == Deleted ? ChangeKind.Deleted : ChangeKind.Unpublished,
                });
            }
            await db.SaveChangesAsync();
        });
    }

    private static Revision Hidden(ContentItem item, RevisionState state)
    {
        var revision = new Revision
        {
            Number = 1, State = state, AuthorId = "test", CreatedAt = TestContent.Written, UpdatedAt = TestContent.Written,
            PublishedAt = state is RevisionState.Published or RevisionState.Unpublished or RevisionState.Archived ? TestContent.Written : null,
            Translations =
            [
                TestContent.Text("km", SecretTitle + " km", SecretTitle, "<p>" + SecretTitle + "</p>"),
                TestContent.Text("en", SecretTitle + " en", SecretTitle, "<p>" + SecretTitle + "</p>"),
            ],
        };
        revision.Translations[1].Glossary = [new GlossaryEntry("secret-term", SecretTitle, SecretTitle)];
        item.Revisions.Add(revision);
        return revision;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? acceptLanguage = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
