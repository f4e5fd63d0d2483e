using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;

namespace AiGovKh.Content.Tests;

/// <summary>What every item needs: a clean import, both languages, and the front matter its type requires.</summary>
public class ItemRulesTests
{
    [Fact]
    public void Content_folder_imports_without_errors()
    {
        var errors = ContentFixture.Set.Errors.Select(p => $"{p.File}:{p.Line} [{p.Rule}] {p.Message}").ToList();
        foreach (var warning in ContentFixture.Set.Problems.Where(p => p.Severity == ProblemSeverity.Warning))
        {
            ContentFixture.Report($"warning {warning.File}:{warning.Line} [{warning.Rule}] {warning.Message}");
        }
        Assert.True(errors.Count == 0, "Import errors:\n" + string.Join('\n', errors));
        Assert.NotEmpty(ContentFixture.Items);
    }

    [Fact]
    public void Every_item_has_a_khmer_and_an_english_file()
    {
        var missing = ContentFixture.Items
            .SelectMany(i => Locales.All.Where(l => !i.Locales.ContainsKey(l)).Select(l => $"{i.Folder}: no {l}.md"))
            .ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void Slugs_are_unique()
    {
        var duplicates = ContentFixture.Items.GroupBy(i => i.Slug, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(i => i.Folder))}")
            .ToList();
        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    [Fact]
    public void Every_locale_has_a_title_and_a_summary()
    {
        var problems = AllLocales()
            .Where(x => string.IsNullOrWhiteSpace(x.Source.Title) || string.IsNullOrWhiteSpace(x.Source.Summary))
            .Select(x => $"{x.Source.File}: title and summary are required")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Lessons_name_their_course_and_order_and_have_objectives_and_three_to_five_answered_questions()
    {
        var problems = new List<string>();
        foreach (var lesson in ContentFixture.Items.Where(i => i.Type == ContentType.Lesson))
        {
            if (lesson.CourseSlug is null || !ContentFixture.BySlug.TryGetValue(lesson.CourseSlug, out var course) || course.Type != ContentType.Course)
            {
                problems.Add($"{lesson.MainFile}: course '{lesson.CourseSlug}' is not a course in content/");
            }
            if (lesson.Order is not > 0)
            {
                problems.Add($"{lesson.MainFile}: order must be a positive number");
            }
            foreach (var source in lesson.Locales.Values)
            {
                if (source.Objectives.Count(o => !string.IsNullOrWhiteSpace(o)) < 1)
                {
                    problems.Add($"{source.File}: at least one learning objective is required");
                }
                if (source.Questions.Count is < 3 or > 5)
                {
                    problems.Add($"{source.File}: {source.Questions.Count} self-check questions; 3 to 5 are required");
                }
                problems.AddRange(source.Questions
                    .Where(q => string.IsNullOrWhiteSpace(q.Question) || string.IsNullOrWhiteSpace(q.Answer))
                    .Select(q => $"{source.File}: the question '{q.Question}' needs both a question and an answer"));
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Lessons_state_a_reading_time_and_the_glossary_terms_they_introduce()
    {
        var problems = new List<string>();
        foreach (var source in ContentFixture.Items.Where(i => i.Type == ContentType.Lesson).SelectMany(i => i.Locales.Values))
        {
            if (source.ReadingMinutes is not > 0)
            {
                problems.Add($"{source.File}: reading_time (minutes) is required for lessons");
            }
            if (source.Glossary.Count == 0)
            {
                problems.Add($"{source.File}: list the terms the lesson introduces under glossary:");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Lesson_orders_are_unique_within_each_course()
    {
        var clashes = ContentFixture.Items.Where(i => i.Type == ContentType.Lesson)
            .GroupBy(i => (i.CourseSlug, i.Order))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.CourseSlug} order {g.Key.Order}: {string.Join(", ", g.Select(i => i.Slug))}")
            .ToList();
        Assert.True(clashes.Count == 0, string.Join('\n', clashes));
    }

    [Fact]
    public void Lessons_in_the_plan_sit_in_their_planned_course_and_position()
    {
        var problems = new List<string>();
        foreach (var (course, lessons) in PlannedContent.Courses)
        {
            for (var n = 0; n < lessons.Length; n++)
            {
                if (ContentFixture.BySlug.TryGetValue(lessons[n], out var lesson)
                    && (lesson.CourseSlug != course || lesson.Order != n + 1))
                {
                    problems.Add($"{lesson.MainFile}: expected course {course} order {n + 1}, found {lesson.CourseSlug} order {lesson.Order}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    internal static IEnumerable<(ItemSource Item, LocaleSource Source)> AllLocales() =>
        ContentFixture.Items.SelectMany(i => i.Locales.Values.Select(s => (i, s)));
}
