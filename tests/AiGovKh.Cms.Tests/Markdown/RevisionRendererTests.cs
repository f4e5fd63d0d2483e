using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Media;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AiGovKh.Cms.Tests.Markdown;

public class RevisionRendererTests
{
    [Fact]
    public async Task Revision_is_rendered_against_the_hubs_items_and_its_own_media()
    {
        await using var hub = await TestHub.StartAsync();
        var png = TestImages.Png(40, 20);
        var revisionId = await hub.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            var asset = await sp.GetRequiredService<MediaStore>().AddAsync(png, "d.png", new MediaUpload(AltEn: "Asset alt"), TestContext.Current.CancellationToken);
            var organisation = db.Organisations.Add(new Organisation { Slug = "mptc", NameKm = "ក", NameEn = "M" }).Entity;
            db.Items.Add(new ContentItem { Slug = "glossary", Type = ContentType.Page, Organisation = organisation });
            var item = new ContentItem { Slug = "lesson-one", Type = ContentType.Lesson, Organisation = organisation };
            var revision = new Revision { ContentItem = item, Number = 1, AuthorId = "u" };
            revision.Translations.Add(new RevisionTranslation { Locale = "km", Title = "ក", BodyMarkdown = "[ពាក្យ](item:glossary#ai) ![](d.png) [x](item:gone)" });
            revision.Translations.Add(new RevisionTranslation { Locale = "en", Title = "T", BodyMarkdown = "[term](item:glossary) ![](d.png)" });
            revision.Media.Add(new RevisionMedia { MediaAssetId = asset.Id, Name = "d.png", Role = MediaRole.Image, AltKm = "រូប" });
            db.Revisions.Add(revision);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return revision.Id;
        });

        var problems = await hub.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<HubDbContext>();
            var revision = await db.Revisions.Include(r => r.Translations).Include(r => r.Media).SingleAsync(r => r.Id == revisionId);
            var result = await sp.GetRequiredService<RevisionRenderer>().RenderAsync(revision, TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return result;
        });

        var translations = await hub.QueryAsync(db => db.Translations.ToDictionaryAsync(t => t.Locale));
        var sha = MediaStore.Sha256Hex(png);
        Assert.Contains("href=\"/km/pages/glossary#ai\"", translations["km"].BodyHtml);
        Assert.Contains($"src=\"/media/{sha}/d.png\"", translations["km"].BodyHtml);
        Assert.Contains("alt=\"រូប\"", translations["km"].BodyHtml);
        Assert.Contains("alt=\"Asset alt\"", translations["en"].BodyHtml);
        Assert.Contains("href=\"/en/pages/glossary\"", translations["en"].BodyHtml);
        var problem = Assert.Single(problems);
        Assert.Equal(("km", MarkdownRules.UnresolvedItemLink, "gone"), (problem.Locale, problem.Problem.Rule, problem.Problem.Target));
        Assert.Equal(1, translations["en"].ReadingMinutes);
    }

    [Fact]
    public async Task Preview_renders_unsaved_markdown()
    {
        await using var hub = await TestHub.StartAsync();

        var preview = await hub.WithAsync(sp => sp.GetRequiredService<RevisionRenderer>().PreviewAsync("**bold** <script>x()</script>", "en", null, TestContext.Current.CancellationToken));

        Assert.Equal("<p><strong>bold</strong> </p>", preview.Html.Trim());
    }
}
