using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Web.Tests.Fixtures;

/// <summary>
/// A small bilingual hub: one course with three lessons (complete, English only, Khmer only),
/// a guideline whose Khmer text is stale, a campaign, a page, a draft and an expired item.
/// </summary>
public static class TestContent
{
    public static readonly DateTimeOffset Written = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public const string Course = "ai-basics";
    public const string Lesson1 = "what-is-ai";
    public const string Lesson2EnglishOnly = "ai-in-daily-life";
    public const string Lesson3KhmerOnly = "staying-safe-with-ai";
    public const string GuidelineStaleKhmer = "using-ai-at-work";
    public const string Campaign = "think-before-you-share";
    public const string Page = "about";
    public const string DraftOnly = "draft-lesson";
    public const string Expired = "old-campaign";

    public const string CourseTitleKm = "មូលដ្ឋានគ្រឹះនៃបញ្ញាសិប្បនិម្មិត";
    public const string CourseTitleEn = "AI basics";
    public const string Lesson1TitleKm = "តើបញ្ញាសិប្បនិម្មិតជាអ្វី?";
    public const string Lesson1TitleEn = "What is artificial intelligence?";
    public const string Lesson2TitleEn = "AI in daily life";
    public const string Lesson3TitleKm = "ការប្រើបញ្ញាសិប្បនិម្មិតដោយសុវត្ថិភាព";
    public const string ImageSha = "b7e2c1d4a5f60718293a4b5c6d7e8f9001a2b3c4d5e6f708192a3b4c5d6e7f80";
    public const string AttachmentSha = "a3f1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f80";

    public static async Task SeedAsync(HubDbContext db)
    {
        var mptc = new Organisation { Slug = "mptc", NameKm = "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍", NameEn = "Ministry of Post and Telecommunications" };
        db.Organisations.Add(mptc);

        var course = Item(mptc, Course, ContentType.Course, AudienceTier.Public | AudienceTier.Students);
        Publish(course,
            Text("km", CourseTitleKm, "វគ្គសិក្សាខ្លីសម្រាប់អ្នកចាប់ផ្តើម។", "<p>វគ្គសិក្សានេះណែនាំអំពីបញ្ញាសិប្បនិម្មិត។</p>"),
            Text("en", CourseTitleEn, "A short course for beginners.", "<p>This course introduces artificial intelligence.</p>"));

        var lesson1 = Lesson(mptc, course, Lesson1, 1);
        var lesson1Km = Text("km", Lesson1TitleKm, "សេចក្តីណែនាំងាយៗ។", $"<p>បញ្ញាសិប្បនិម្មិតគឺជាប្រព័ន្ធកុំព្យូទ័រ។</p><p><img src=\"/media/{ImageSha}/diagram.png\" alt=\"ដ្យាក្រាម\" width=\"800\" height=\"450\" loading=\"lazy\"></p>", minutes: 8);
        lesson1Km.Objectives = ["ពន្យល់ថាតើបញ្ញាសិប្បនិម្មិតជាអ្វី។"];
        lesson1Km.Questions = [new SelfCheckQuestion("តើបញ្ញាសិប្បនិម្មិតយល់ពីពិភពលោកដូចមនុស្សឬទេ?", "ទេ។ វារកលំនាំក្នុងទិន្នន័យ។")];
        lesson1Km.Glossary = [new GlossaryEntry("artificial-intelligence", "បញ្ញាសិប្បនិម្មិត", "ប្រព័ន្ធកុំព្យូទ័រដែលធ្វើកិច្ចការដែលជាធម្មតាត្រូវការបញ្ញាមនុស្ស។")];
        var lesson1En = Text("en", Lesson1TitleEn, "A plain introduction.", "<p>AI is a computer system.</p>", minutes: 8);
        lesson1En.Objectives = ["Explain in your own words what AI is."];
        lesson1En.Questions = [new SelfCheckQuestion("Does an AI system understand the world the way a person does?", "No. It finds patterns in data.")];
        lesson1En.Glossary = [new GlossaryEntry("artificial-intelligence", "Artificial intelligence (AI)", "Computer systems that perform tasks that normally need human intelligence.")];
        var lesson1Revision = Publish(lesson1, lesson1Km, lesson1En);
        var sheet = new MediaAsset { Sha256 = AttachmentSha, ContentType = "application/pdf", FileName = "activity-sheet.pdf", Size = 348_160, CreatedAt = Written };
        db.MediaBlobs.Add(new MediaBlob { Sha256 = AttachmentSha, Bytes = "%PDF-1.4 test"u8.ToArray() });
        lesson1Revision.Media.Add(new RevisionMedia { MediaAsset = sheet, Role = MediaRole.Attachment, Name = "activity-sheet.pdf", TitleKm = "សន្លឹកសកម្មភាព", TitleEn = "Classroom activity sheet" });

        var lesson2 = Lesson(mptc, course, Lesson2EnglishOnly, 2);
        Publish(lesson2, Text("en", Lesson2TitleEn, "Where you meet AI every day.", "<p>Phones, maps and translation use AI.</p>", minutes: 6));

        var lesson3 = Lesson(mptc, course, Lesson3KhmerOnly, 3);
        Publish(lesson3, Text("km", Lesson3TitleKm, "របៀបការពារខ្លួន។", "<p>កុំចែករំលែកព័ត៌មានផ្ទាល់ខ្លួន។</p>", minutes: 5));

        var guideline = Item(mptc, GuidelineStaleKhmer, ContentType.Guideline, AudienceTier.Professionals | AudienceTier.Leaders);
        var guidelineKm = Text("km", "ការប្រើបញ្ញាសិប្បនិម្មិតនៅកន្លែងធ្វើការ", "គោលការណ៍ណែនាំសម្រាប់មន្ត្រី។", "<p>សូមពិនិត្យលទ្ធផលជានិច្ច។</p>");
        var guidelineEn = Text("en", "Using AI at work", "Guidance for civil servants.", "<p>Always check the output.</p>");
        guidelineEn.EditedAt = Written.AddDays(5);
        Publish(guideline, guidelineKm, guidelineEn);

        var campaign = Item(mptc, Campaign, ContentType.Campaign, AudienceTier.Public);
        Publish(campaign,
            Text("km", "គិតមុននឹងចែករំលែក", "យុទ្ធនាការស្តីពីព័ត៌មានក្លែងក្លាយ។", "<p>ពិនិត្យប្រភពមុនពេលចែករំលែក។</p>"),
            Text("en", "Think before you share", "A campaign about fake content.", "<p>Check the source before you share.</p>"));

        var page = Item(mptc, Page, ContentType.Page, AudienceTier.Public);
        Publish(page,
            Text("km", "អំពីមជ្ឈមណ្ឌល", "អំពីគេហទំព័រនេះ។", "<p>មជ្ឈមណ្ឌលព័ត៌មានជាតិ។</p>"),
            Text("en", "About the hub", "About this site.", "<p>The national information hub.</p>"));

        var draft = Lesson(mptc, course, DraftOnly, 4);
        draft.Revisions.Add(new Revision
        {
            Number = 1, State = RevisionState.Draft, AuthorId = "test", CreatedAt = Written, UpdatedAt = Written,
            Translations = [Text("en", "Unpublished lesson", "", "<p>Draft.</p>")],
        });

        var expired = Item(mptc, Expired, ContentType.Campaign, AudienceTier.Public);
        Publish(expired, Text("en", "An expired campaign", "", "<p>Over.</p>")).ExpiresAt = Written.AddDays(-1);

        db.Items.AddRange(course, lesson1, lesson2, lesson3, guideline, campaign, page, draft, expired);
        await db.SaveChangesAsync();
        // Revisions carry the classification the item shows (publishing copies it from them); ids exist only after the save.
        foreach (var item in new[] { course, lesson1, lesson2, lesson3, guideline, campaign, page, draft, expired })
        {
            item.Revisions.ForEach(r => Classification.Copy(item, r));
        }
        await db.SaveChangesAsync();

        foreach (var item in new[] { course, lesson1, lesson2, lesson3, guideline, campaign, page })
        {
            db.ChangeFeed.Add(new ChangeFeedEntry { ContentItemId = item.Id, Slug = item.Slug, Kind = ChangeKind.Published, At = Written });
        }
        await db.SaveChangesAsync();
    }

    public static ContentItem Item(Organisation organisation, string slug, ContentType type, AudienceTier audiences) => new()
    {
        Slug = slug, Type = type, Organisation = organisation, Audiences = audiences, CreatedAt = Written, UpdatedAt = Written,
    };

    private static ContentItem Lesson(Organisation organisation, ContentItem course, string slug, int position)
    {
        var lesson = Item(organisation, slug, ContentType.Lesson, course.Audiences);
        lesson.Course = course;
        lesson.Position = position;
        return lesson;
    }

    public static Revision Publish(ContentItem item, params RevisionTranslation[] texts)
    {
        var revision = new Revision
        {
            Number = item.Revisions.Count + 1,
            State = RevisionState.Published,
            AuthorId = "test",
            CreatedAt = Written,
            UpdatedAt = Written,
            PublishedAt = Written.AddDays(item.Revisions.Count),
            Translations = [.. texts],
        };
        item.Revisions.Add(revision);
        return revision;
    }

    public static RevisionTranslation Text(string locale, string title, string summary, string html, int minutes = 3) => new()
    {
        Locale = locale, Title = title, Summary = summary, BodyMarkdown = "", BodyHtml = html, ReadingMinutes = minutes, EditedAt = Written,
    };
}
