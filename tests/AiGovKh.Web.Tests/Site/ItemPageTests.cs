using System.Net;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Site;

public sealed class ItemPageTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory]
    [InlineData("km", TestContent.CourseTitleKm, TestContent.Lesson1TitleKm)]
    [InlineData("en", TestContent.CourseTitleEn, TestContent.Lesson1TitleEn)]
    public async Task Course_page_lists_its_published_lessons_in_order(string locale, string title, string firstLesson)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}/courses/{TestContent.Course}");

        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.Text("article h1"));
        var lessons = page.QuerySelectorAll(".lesson-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            [$"/{locale}/lessons/{TestContent.Lesson1}", $"/{locale}/lessons/{TestContent.Lesson2EnglishOnly}", $"/{locale}/lessons/{TestContent.Lesson3KhmerOnly}"],
            lessons);
        Assert.Equal(firstLesson, page.Text(".lesson-list li:first-child a"));
        Assert.Equal($"/{locale}/lessons/{TestContent.Lesson1}", page.QuerySelector("a.button")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Lesson_page_shows_objectives_reading_time_body_and_next_lesson()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson1}");

        Assert.Equal(TestContent.Lesson1TitleEn, page.Text("article h1"));
        Assert.Equal("Lesson 1 of 3", page.Text(".item-type"));
        Assert.Equal("Explain in your own words what AI is.", page.Text(".objectives li"));
        Assert.Contains("8 min read", page.Text(".item-meta"));
        Assert.Equal("AI is a computer system.", page.Text(".prose p"));
        Assert.Equal("en", page.QuerySelector(".prose")?.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("a[rel=prev]"));
        Assert.Equal($"/en/lessons/{TestContent.Lesson2EnglishOnly}", page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal($"/en/courses/{TestContent.Course}", page.QuerySelector(".breadcrumb li:nth-child(2) a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Khmer_lesson_uses_Khmer_digits_and_labels()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.Equal("មេរៀនទី ១ នៃ ៣", page.Text(".item-type"));
        Assert.Contains("រយៈពេលអាន ៨ នាទី", page.Text(".item-meta"));
        Assert.Equal("អ្វីដែលអ្នកនឹងរៀន", page.Text(".objectives h2"));
    }

    [Fact]
    public async Task Lesson_in_the_middle_links_previous_and_next()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson2EnglishOnly}");
        Assert.Equal($"/en/lessons/{TestContent.Lesson1}", page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal($"/en/lessons/{TestContent.Lesson3KhmerOnly}", page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal("km", page.QuerySelector("a[rel=next] .pager-title")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task Self_check_answers_are_revealed_by_details_without_javascript()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        var question = page.QuerySelector(".self-check li")!;
        Assert.Equal("តើបញ្ញាសិប្បនិម្មិតយល់ពីពិភពលោកដូចមនុស្សឬទេ?", question.QuerySelector(".question")?.TextContent);
        var details = question.QuerySelector("details")!;
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("បង្ហាញចម្លើយ", details.QuerySelector("summary")?.TextContent);
        Assert.Equal("ទេ។ វារកលំនាំក្នុងទិន្នន័យ។", details.QuerySelector("p")?.TextContent);
    }

    [Fact]
    public async Task Lesson_shows_its_glossary_and_attachments_with_size()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson1}");
        Assert.Equal("Artificial intelligence (AI)", page.Text(".glossary dt#term-artificial-intelligence"));
        var link = page.QuerySelector(".attachments a")!;
        Assert.Equal("Classroom activity sheet", link.TextContent);
        Assert.Equal($"/media/{TestContent.AttachmentSha}/activity-sheet.pdf", link.GetAttribute("href"));
        Assert.Equal("(PDF, 340 KB)", page.Text(".attachments .file-info"));

        var (_, khmer) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.Equal("(PDF, ៣៤០ KB)", khmer.Text(".attachments .file-info"));
    }

    [Fact]
    public async Task Body_images_keep_their_size_and_lazy_loading()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        var image = page.QuerySelector(".prose img")!;
        Assert.Equal("800", image.GetAttribute("width"));
        Assert.Equal("450", image.GetAttribute("height"));
        Assert.Equal("lazy", image.GetAttribute("loading"));
        var src = $"/media/{TestContent.ImageSha}/diagram.png";
        Assert.Equal($"{src}?w=320 320w, {src}?w=640 640w, {src} 800w", image.GetAttribute("srcset"));
        Assert.NotNull(image.GetAttribute("sizes"));
    }

    [Fact]
    public async Task Missing_Khmer_text_falls_back_to_English_with_a_Khmer_notice()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson2EnglishOnly}");

        Assert.Equal("km", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ទំព័រនេះមិនទាន់មានជាភាសាខ្មែរនៅឡើយទេ។ យើងកំពុងបង្ហាញកំណែជាភាសាអង់គ្លេស។", page.Text("#fallback-notice"));
        Assert.Equal(TestContent.Lesson2TitleEn, page.Text("article h1"));
        Assert.Equal("en", page.QuerySelector(".item-header")?.GetAttribute("lang"));
        Assert.Equal("en", page.QuerySelector(".prose")?.GetAttribute("lang"));
        // Only the English version exists, so only it is an alternate.
        Assert.Equal(["en"], page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public async Task Missing_English_text_falls_back_to_Khmer_with_an_English_notice()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/en/lessons/{TestContent.Lesson3KhmerOnly}");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("This page is not yet available in English. We are showing the Khmer version.", page.Text("#fallback-notice"));
        Assert.Equal(TestContent.Lesson3TitleKm, page.Text("article h1"));
        Assert.Equal("km", page.QuerySelector(".prose")?.GetAttribute("lang"));
        Assert.Equal($"/km/lessons/{TestContent.Lesson3KhmerOnly}", page.QuerySelector("nav.language a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Complete_page_has_no_fallback_notice()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/km/lessons/{TestContent.Lesson1}");
        Assert.Null(page.QuerySelector("#fallback-notice"));
        Assert.Null(page.QuerySelector("#stale-notice"));
    }

    [Fact]
    public async Task Translation_older_than_its_sibling_is_flagged_stale()
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, khmer) = await client.GetPageAsync($"/km/guidelines/{TestContent.GuidelineStaleKhmer}");
        Assert.Equal("ការបកប្រែនេះប្រហែលជាហួសសម័យ៖ កំណែជាភាសាអង់គ្លេសត្រូវបានកែសម្រួលបន្ថែមបន្ទាប់ពីនេះ។", khmer.Text("#stale-notice"));

        var (_, english) = await client.GetPageAsync($"/en/guidelines/{TestContent.GuidelineStaleKhmer}");
        Assert.Null(english.QuerySelector("#stale-notice"));
    }

    [Theory]
    [InlineData("km", "guidelines", TestContent.GuidelineStaleKhmer, "ការប្រើបញ្ញាសិប្បនិម្មិតនៅកន្លែងធ្វើការ", "គោលការណ៍ណែនាំ")]
    [InlineData("en", "guidelines", TestContent.GuidelineStaleKhmer, "Using AI at work", "Guideline")]
    [InlineData("km", "campaigns", TestContent.Campaign, "គិតមុននឹងចែករំលែក", "យុទ្ធនាការ")]
    [InlineData("en", "campaigns", TestContent.Campaign, "Think before you share", "Campaign")]
    [InlineData("km", "pages", TestContent.Page, "អំពីមជ្ឈមណ្ឌល", null)]
    [InlineData("en", "pages", TestContent.Page, "About the hub", null)]
    public async Task Guideline_campaign_and_page_render_in_both_languages(string locale, string section, string slug, string title, string? typeLabel)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync($"/{locale}/{section}/{slug}");
        Assert.Equal(locale, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.Text("article h1"));
        Assert.Equal(typeLabel, page.QuerySelector(".item-type")?.TextContent.Trim());
        Assert.Equal(locale, page.QuerySelector(".prose")?.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/en/lessons/" + TestContent.DraftOnly)]
    [InlineData("/en/campaigns/" + TestContent.Expired)]
    [InlineData("/en/courses/no-such-course")]
    [InlineData("/km/lessons/" + TestContent.Course)]
    [InlineData("/en/guidelines/" + TestContent.Campaign)]
    public async Task Unpublished_expired_unknown_or_wrong_type_items_are_not_found(string path)
    {
        var client = await hub.CreateSeededClientAsync();
        var (_, page) = await client.GetPageAsync(path, HttpStatusCode.NotFound);
        Assert.Equal(path[1..3], page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".status-page h1"));
    }
}
