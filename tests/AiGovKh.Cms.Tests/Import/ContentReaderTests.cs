using System.Text;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Tests.Support;

namespace AiGovKh.Cms.Tests.Import;

public class ContentReaderTests
{
    private static ContentSet Read(ContentFolder content, KnownContent? known = null) =>
        new ContentReader(new MarkdownRenderer(), new HubOptions { DataDirectory = "unused" }).Read(content.Root, known);

    private static ImportProblem Single(ContentSet set, string rule)
    {
        var matching = set.Problems.Where(p => p.Rule == rule).ToList();
        Assert.True(matching.Count == 1, $"Expected one '{rule}' problem, got: {string.Join(" | ", set.Problems)}");
        return matching[0];
    }

    [Fact]
    public void A_good_folder_reads_without_problems()
    {
        using var content = new ContentFolder().CourseWithLesson();

        var set = Read(content);

        Assert.Empty(set.Problems);
        Assert.Equal(["ai-basics", "what-is-ai"], set.Items.Select(i => i.Slug).Order());
        Assert.Equal(2, set.Organisations.Count);
        var lesson = set.Items.Single(i => i.Slug == "what-is-ai");
        Assert.Equal((ContentType.Lesson, "ai-basics", 1), (lesson.Type, lesson.CourseSlug, lesson.Order));
        Assert.Equal(3, lesson.Locales["en"].Questions.Count);
        Assert.Equal(64, lesson.SourceHash.Length);
    }

    [Fact]
    public void Unknown_type_is_reported_at_its_line_and_the_rest_goes_on()
    {
        using var content = new ContentFolder()
            .Item("pages/about", "page", "about")
            .Item("pages/odd", "lessn", "odd");

        var set = Read(content);

        var problem = set.Problems.Single(p => p.Rule == ImportRules.UnknownType && p.File == "pages/odd/en.md");
        Assert.Equal(2, problem.Line);
        Assert.Contains("lessn", problem.Message);
        Assert.Equal(["about"], set.Items.Select(i => i.Slug));
    }

    [Fact]
    public void Missing_title_is_reported()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: mptc\naudiences: [public]\nsummary: S.\n---\nBody\n");

        var set = Read(content);

        var problem = Single(set, "missing-title");
        Assert.Equal(("pages/x/en.md", 1), (problem.File, problem.Line));
        Assert.Empty(set.Items);
    }

    [Fact]
    public void Empty_title_counts_as_missing()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: mptc\naudiences: [public]\ntitle: \"\u200B \"\nsummary: S.\n---\nBody\n");

        Assert.Equal(6, Single(Read(content), "missing-title").Line);
    }

    [Fact]
    public void Duplicate_slug_skips_both_items_and_names_the_other_folder()
    {
        using var content = new ContentFolder()
            .Item("pages/one", "page", "same")
            .Item("guidelines/two", "guideline", "same")
            .Item("pages/other", "page", "other");

        var set = Read(content);

        var problems = set.Problems.Where(p => p.Rule == ImportRules.DuplicateSlug).ToList();
        Assert.Equal(["guidelines/two/km.md", "pages/one/km.md"], problems.Select(p => p.File).Order());
        Assert.All(problems, p => Assert.Equal(3, p.Line));
        Assert.Contains("pages/one/", problems.Single(p => p.File.StartsWith("guidelines", StringComparison.Ordinal)).Message);
        Assert.Equal(["other"], set.Items.Select(i => i.Slug));
    }

    [Fact]
    public void Lesson_pointing_to_a_missing_course_is_reported()
    {
        using var content = new ContentFolder()
            .Item("lessons/orphan", "lesson", "orphan", ContentFolder.LessonExtra("no-such-course", 1));

        var problem = Single(Read(content), ImportRules.MissingCourse);

        Assert.Equal(("lessons/orphan/km.md", 8), (problem.File, problem.Line));
        Assert.Contains("no-such-course", problem.Message);
    }

    [Fact]
    public void Lesson_may_point_to_a_course_the_database_already_has()
    {
        using var content = new ContentFolder()
            .Item("lessons/l", "lesson", "l", ContentFolder.LessonExtra("old-course", 1));
        var known = new KnownContent(new HashSet<string>(), new Dictionary<string, ContentType> { ["old-course"] = ContentType.Course });

        var set = Read(content, known);

        Assert.DoesNotContain(set.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Single(set.Items);
    }

    [Fact]
    public void Lesson_pointing_to_a_page_is_reported()
    {
        using var content = new ContentFolder()
            .Item("pages/about", "page", "about")
            .Item("lessons/l", "lesson", "l", ContentFolder.LessonExtra("about", 1));

        Assert.Contains("page, not a course", Single(Read(content), ImportRules.NotACourse).Message);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_the_line_in_the_file()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: mptc\naudiences: [public\ntitle: T\nsummary: S\n---\nBody\n")
            .Item("pages/fine", "page", "fine");

        var set = Read(content);

        var problem = Single(set, ImportRules.InvalidFrontMatter);
        Assert.Equal(("pages/x/en.md", 5), (problem.File, problem.Line));
        Assert.Equal(["fine"], set.Items.Select(i => i.Slug));
    }

    [Fact]
    public void Yaml_syntax_error_reports_the_parsers_line_in_file_terms()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: mptc\naudiences: [public]\ntitle: \"unclosed\nsummary: S\n---\nBody\n");

        var problem = Single(Read(content), ImportRules.InvalidFrontMatter);

        Assert.Equal(("pages/x/en.md", 6), (problem.File, problem.Line));
    }

    [Fact]
    public void Unquoted_colon_in_a_title_is_reported_with_a_hint()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: mptc\naudiences: [public]\ntitle: AI in class: a guide\nsummary: S\n---\nBody\n");

        var problem = Single(Read(content), ImportRules.InvalidFrontMatter);

        Assert.Equal(6, problem.Line);
        Assert.Contains("quotes", problem.Message);
    }

    [Fact]
    public void Duplicate_yaml_key_is_broken_front_matter()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\nslug: y\norganisation: mptc\naudiences: [public]\ntitle: T\nsummary: S\n---\nBody\n");

        var problem = Single(Read(content), ImportRules.InvalidFrontMatter);

        Assert.Equal(4, problem.Line);
    }

    [Theory]
    [InlineData("type: page\nslug: x\n---\nBody\n", ImportRules.MissingFrontMatter)]
    [InlineData("---\ntype: page\nslug: x\n\nBody without a closing line\n", ImportRules.UnclosedFrontMatter)]
    [InlineData("---\n- just\n- a list\n---\nBody\n", ImportRules.InvalidFrontMatter)]
    public void Missing_or_malformed_front_matter_is_reported(string text, string rule)
    {
        using var content = new ContentFolder().WriteText("pages/x/en.md", text);

        var problem = Single(Read(content), rule);

        Assert.Equal("pages/x/en.md", problem.File);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_the_line_of_the_bad_byte()
    {
        var good = Encoding.UTF8.GetBytes(ContentFolder.Page("page", "x", "T", "S", "", "Line one\nLine two "));
        var bad = good.Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        using var content = new ContentFolder().WriteBytes("pages/x/en.md", bad);

        var problem = Single(Read(content), ImportRules.InvalidUtf8);

        Assert.Equal(("pages/x/en.md", 11), (problem.File, problem.Line));
        Assert.Contains("0xC3", problem.Message);
    }

    [Fact]
    public void Utf8_bom_is_accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(ContentFolder.Page("page", "x", "T", "S", "", "Body"))).ToArray();
        using var content = new ContentFolder().WriteBytes("pages/x/en.md", bytes);

        var set = Read(content);

        Assert.Single(set.Items);
    }

    [Fact]
    public void Listed_image_that_is_not_an_image_is_reported()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "images:\n  - file: chart.png\n    alt: A chart", kmBody: "![](chart.png)", enBody: "![](chart.png)")
            .WriteText("pages/x/chart.png", "this is text, not a PNG");

        var set = Read(content);

        var problems = set.Problems.Where(p => p.Rule == ImportRules.NotAnImage).ToList();
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(9, p.Line)); // the line of the "- file: chart.png" entry
        Assert.Contains("chart.png", problems[0].Message);
        Assert.Empty(set.Items);
    }

    [Fact]
    public void Svg_image_used_in_the_body_is_reported_at_the_body_line()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", kmBody: "Intro\n\n![logo](logo.svg)", enBody: "Intro\n\n![logo](logo.svg)")
            .WriteBytes("pages/x/logo.svg", TestImages.Svg());

        var set = Read(content);

        var problem = set.Problems.First(p => p.Rule == ImportRules.NotAnImage);
        Assert.Equal(11, problem.Line); // front matter is lines 1-8, the body starts at line 9
        Assert.Contains("SVG", problem.Message);
    }

    [Fact]
    public void Truncated_png_is_not_an_image()
    {
        var png = TestImages.Png(10, 10);
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "images:\n  - file: cut.png\n    alt: x")
            .WriteBytes("pages/x/cut.png", png[..^15]);

        Assert.Contains("truncated", Read(content).Problems.First(p => p.Rule == ImportRules.NotAnImage).Message);
    }

    [Fact]
    public void Missing_media_file_is_reported()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "attachments:\n  - file: sheet.pdf\n    title: Sheet");

        Assert.Equal(2, Read(content).Problems.Count(p => p.Rule == ImportRules.MissingMedia));
    }

    [Fact]
    public void Media_names_cannot_leave_the_item_folder()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "attachments:\n  - file: ../../organisations.yml\n    title: Sneaky");

        Assert.Contains(Read(content).Problems, p => p.Rule == ImportRules.InvalidMediaName);
    }

    [Fact]
    public void Images_and_attachments_are_read_with_alt_text_and_titles_per_locale()
    {
        var png = TestImages.Png(20, 10);
        using var content = new ContentFolder()
            .WriteText("pages/x/km.md", ContentFolder.Page("page", "x", "ក", "ស", "images:\n  - file: d.png\n    alt: រូបភាព\nattachments:\n  - file: sheet.md\n    title: សន្លឹកកិច្ចការ", "![](d.png)"))
            .WriteText("pages/x/en.md", ContentFolder.Page("page", "x", "T", "S", "images:\n  - file: d.png\n    alt: A picture\nattachments:\n  - file: sheet.md\n    title: Worksheet", "![](d.png)"))
            .WriteBytes("pages/x/d.png", png)
            .WriteText("pages/x/sheet.md", "# Worksheet\n");

        var set = Read(content);

        Assert.Empty(set.Problems);
        var item = Assert.Single(set.Items);
        var image = item.Media.Single(m => m.Name == "d.png");
        Assert.Equal(("រូបភាព", "A picture"), (image.Alt["km"], image.Alt["en"]));
        Assert.Equal("Worksheet", item.Media.Single(m => m.Name == "sheet.md").Title["en"]);
        Assert.Contains($"src=\"/media/{image.Sha256}/d.png\"", item.Locales["km"].Rendered!.Html);
        Assert.Contains("alt=\"រូបភាព\"", item.Locales["km"].Rendered!.Html);
    }

    [Fact]
    public void Image_without_alt_text_is_a_warning()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", kmBody: "![](d.png)", enBody: "![](d.png)")
            .WriteBytes("pages/x/d.png", TestImages.Png(2, 2));

        var set = Read(content);

        Assert.Equal(2, set.Problems.Count(p => p.Rule == ImportRules.MissingAlt && p.Severity == ProblemSeverity.Warning));
        Assert.Single(set.Items);
    }

    [Fact]
    public void Unknown_organisation_and_audience_are_reported()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: nasa\naudiences: [public, aliens]\ntitle: T\nsummary: S\n---\nB\n");

        var set = Read(content);

        Assert.Equal(5, Single(set, ImportRules.UnknownAudience).Line);
        Assert.Empty(set.Items);
    }

    [Fact]
    public void Unknown_organisation_is_reported_at_its_line()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/en.md", "---\ntype: page\nslug: x\norganisation: nasa\naudiences: [public]\ntitle: T\nsummary: S\n---\nB\n");

        Assert.Equal(4, Single(Read(content), ImportRules.UnknownOrganisation).Line);
    }

    [Fact]
    public void Item_fields_must_agree_between_languages()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/km.md", ContentFolder.Page("page", "x", "ក", "ស", "", "B"))
            .WriteText("pages/x/en.md", ContentFolder.Page("guideline", "x", "T", "S", "", "B"));

        var problem = Single(Read(content), ImportRules.ItemFieldsDiffer);

        Assert.Equal(("pages/x/en.md", 2), (problem.File, problem.Line));
        Assert.Contains("'type'", problem.Message);
    }

    [Fact]
    public void Invalid_slug_is_reported()
    {
        using var content = new ContentFolder().Item("pages/x", "page", "Not A Slug!");

        Assert.Equal(2, Read(content).Problems.Count(p => p.Rule == ImportRules.InvalidSlug && p.Line == 3));
    }

    [Fact]
    public void Khmer_titles_and_slugs_are_nfc_without_zero_width_spaces()
    {
        using var content = new ContentFolder()
            .WriteText("pages/x/km.md", ContentFolder.Page("page", "what\u200B-is-ai", "បញ្ញា\u200Bសិប្បនិម្មិត  \u200Cថ្មី", "Cafe\u0301", "", "ខ្លឹម\u200Bសារ"));

        var item = Assert.Single(Read(content).Items);

        Assert.Equal("what-is-ai", item.Slug);
        Assert.Equal("បញ្ញាសិប្បនិម្មិត ថ្មី", item.Locales["km"].Title);
        Assert.Equal("Café", item.Locales["km"].Summary);
        Assert.Contains("\u200B", item.Locales["km"].BodyMarkdown); // bodies keep their line-break hints
    }

    [Fact]
    public void Single_language_item_is_imported_with_a_missing_translation_warning()
    {
        using var content = new ContentFolder().WriteText("pages/x/km.md", ContentFolder.Page("page", "x", "ក", "ស", "", "B"));

        var set = Read(content);

        var problem = Single(set, ImportRules.MissingTranslation);
        Assert.Equal((ProblemSeverity.Warning, "pages/x/en.md"), (problem.Severity, problem.File));
        Assert.Single(set.Items);
    }

    [Fact]
    public void Unresolved_item_link_is_a_warning_at_its_file_line()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", kmBody: "ok", enBody: "Read [this](item:nowhere).")
            .Item("pages/y", "page", "y", kmBody: "ok", enBody: "Read [x](item:x#part).");

        var set = Read(content);

        var problem = Single(set, MarkdownRules.UnresolvedItemLink);
        Assert.Equal(("pages/x/en.md", 9, ProblemSeverity.Warning), (problem.File, problem.Line, problem.Severity));
        Assert.Contains("href=\"/en/pages/x#part\"", set.Items.Single(i => i.Slug == "y").Locales["en"].Rendered!.Html);
    }

    [Fact]
    public void Item_link_anchor_must_be_a_heading_or_glossary_id_of_the_target()
    {
        using var content = new ContentFolder()
            .Item("pages/glossary", "page", "glossary", "glossary:\n  - id: bias\n    term: Bias\n    definition: A lean.", "## Terms", "## Terms")
            .Item("pages/x", "page", "x",
                kmBody: "[a](item:glossary#bias) [b](item:glossary#terms)",
                enBody: "[a](item:glossary#bias)\n\n[c](item:glossary#no-such-term)");

        var set = Read(content);

        var problem = Single(set, MarkdownRules.UnresolvedAnchor);
        Assert.Equal(("pages/x/en.md", 11, ProblemSeverity.Warning), (problem.File, problem.Line, problem.Severity));
        Assert.Contains("#no-such-term", problem.Message);
    }

    [Fact]
    public void Lesson_should_have_objectives_and_three_to_five_questions()
    {
        using var content = new ContentFolder()
            .Item("courses/c", "course", "c")
            .Item("courses/c/l", "lesson", "l", "course: c\norder: 1\nquestions:\n  - question: Only one?\n    answer: Yes.");

        var set = Read(content);

        Assert.Contains(set.Problems, p => p.Rule == "missing-objectives" && p.Severity == ProblemSeverity.Warning);
        Assert.Contains(set.Problems, p => p.Rule == ImportRules.QuestionCount && p.Line == 10);
        Assert.Equal(2, set.Items.Count);
    }

    [Fact]
    public void Lesson_without_order_is_an_error()
    {
        using var content = new ContentFolder()
            .Item("courses/c", "course", "c")
            .Item("courses/c/l", "lesson", "l", "course: c");

        Assert.Equal(2, Read(content).Problems.Count(p => p.Rule == "missing-order"));
    }

    [Fact]
    public void Broken_question_entry_is_reported()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "questions:\n  - question: Where is the answer?");

        Assert.Contains(Read(content).Problems, p => p.Rule == ImportRules.InvalidField && p.Line == 9 && p.Message.Contains("'answer'"));
    }

    [Fact]
    public void Unknown_front_matter_key_is_a_warning()
    {
        using var content = new ContentFolder().Item("pages/x", "page", "x", "titel: typo");

        var set = Read(content);

        Assert.Contains(set.Problems, p => p.Rule == ImportRules.UnknownKey && p.Line == 8 && p.Severity == ProblemSeverity.Warning);
        Assert.Single(set.Items);
    }

    [Fact]
    public void Folders_starting_with_underscore_or_dot_are_skipped()
    {
        using var content = new ContentFolder()
            .Item("_diagrams/x", "page", "x")
            .Item(".git/y", "page", "y")
            .Item("pages/z", "page", "z");

        Assert.Equal(["z"], Read(content).Items.Select(i => i.Slug));
    }

    [Fact]
    public void Broken_organisations_file_is_reported_with_its_line()
    {
        using var content = new ContentFolder()
            .WriteText("organisations.yml", "- slug: mptc\n  name_km: ក\n  name_en: M\n- slug: Bad Slug\n  name_km: ខ\n  name_en: B\n- slug: cadt\n  name_en: only English\n");

        var set = Read(content);

        Assert.Equal(["mptc"], set.Organisations.Select(o => o.Slug));
        Assert.Contains(set.Problems, p => p.File == "organisations.yml" && p.Rule == ImportRules.InvalidSlug && p.Line == 4);
        Assert.Contains(set.Problems, p => p.File == "organisations.yml" && p.Rule == ImportRules.InvalidField && p.Line == 7);
    }

    [Fact]
    public void Source_hash_changes_with_any_source_file_and_only_then()
    {
        using var content = new ContentFolder()
            .Item("pages/x", "page", "x", "images:\n  - file: d.png\n    alt: d", "![](d.png)", "![](d.png)")
            .WriteBytes("pages/x/d.png", TestImages.Png(2, 2));

        var first = Read(content).Items.Single().SourceHash;
        var same = Read(content).Items.Single().SourceHash;
        content.WriteBytes("pages/x/d.png", TestImages.Png(3, 2));
        var changed = Read(content).Items.Single().SourceHash;

        Assert.Equal(first, same);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void Missing_content_folder_is_one_clear_problem()
    {
        var set = new ContentReader(new MarkdownRenderer(), new HubOptions()).Read("/nonexistent/content");

        Assert.Equal(ImportRules.MissingDirectory, Assert.Single(set.Problems).Rule);
    }
}
