using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Import;

namespace AiGovKh.Content.Tests;

/// <summary>Every <c>item:</c> link reaches an item, every <c>#anchor</c> reaches a heading, and every glossary term reaches the glossary page.</summary>
public partial class LinkTests
{
    private const string GlossarySlug = "glossary";

    [GeneratedRegex(@"\]\(\s*item:(?<slug>[^)#\s]*)(?:#(?<anchor>[^)\s]*))?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemLink();

    [GeneratedRegex(@"\sid=""(?<id>[^""]+)""")]
    private static partial Regex HtmlId();

    [Fact]
    public void Item_links_point_to_existing_items_and_their_anchors_to_existing_headings()
    {
        var problems = new List<string>();
        var notYetWritten = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, source) in ItemRulesTests.AllLocales())
        {
            foreach (Match link in ItemLink().Matches(source.BodyMarkdown))
            {
                var slug = link.Groups["slug"].Value;
                var anchor = link.Groups["anchor"].Success ? link.Groups["anchor"].Value : null;
                if (!ContentFixture.BySlug.TryGetValue(slug, out var target))
                {
                    if (PlannedContent.IsPlanned(slug))
                    {
                        notYetWritten.Add(slug);
                    }
                    else
                    {
                        problems.Add($"{source.File}: item:{slug} is neither in content/ nor in the content plan");
                    }
                    continue;
                }
                if (anchor is null)
                {
                    continue;
                }
                if (!target.Locales.TryGetValue(source.Locale, out var targetSource))
                {
                    problems.Add($"{source.File}: item:{slug}#{anchor} but '{slug}' has no {source.Locale}.md");
                }
                else if (!HeadingIds(targetSource).Contains(anchor))
                {
                    problems.Add($"{source.File}: item:{slug}#{anchor}: no heading with id '{anchor}' in {targetSource.File}");
                }
            }
        }
        if (notYetWritten.Count > 0)
        {
            ContentFixture.Report($"links to planned items not written yet: {string.Join(", ", notYetWritten)}");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Course_pages_link_to_each_of_their_lessons_in_order()
    {
        var problems = new List<string>();
        foreach (var course in ContentFixture.Items.Where(i => i.Type == ContentType.Course))
        {
            var lessons = ContentFixture.Items
                .Where(i => i.Type == ContentType.Lesson && i.CourseSlug == course.Slug)
                .OrderBy(i => i.Order)
                .Select(i => i.Slug)
                .ToList();
            foreach (var source in course.Locales.Values)
            {
                var linked = ItemLink().Matches(source.BodyMarkdown).Select(m => m.Groups["slug"].Value).ToList();
                var positions = lessons.Select(l => linked.IndexOf(l)).ToList();
                var missing = lessons.Where(l => !linked.Contains(l)).ToList();
                if (missing.Count > 0)
                {
                    problems.Add($"{source.File}: does not link to its lessons {string.Join(", ", missing)}");
                }
                else if (!positions.SequenceEqual(positions.Order()))
                {
                    problems.Add($"{source.File}: lists its lessons out of order");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Glossary_page_defines_at_least_sixty_terms_in_both_languages_with_matching_ids_and_anchors()
    {
        Assert.True(ContentFixture.BySlug.TryGetValue(GlossarySlug, out var glossary), "content/pages/glossary is missing");
        Assert.Equal(ContentType.Page, glossary.Type);
        var km = glossary.Locales[Locales.Khmer];
        var en = glossary.Locales[Locales.English];
        Assert.True(km.Glossary.Count >= 60, $"{km.File}: {km.Glossary.Count} terms, at least 60 required");
        Assert.Equal(km.Glossary.Select(g => g.Id).Order(StringComparer.Ordinal), en.Glossary.Select(g => g.Id).Order(StringComparer.Ordinal));
        foreach (var source in new[] { km, en })
        {
            Assert.All(source.Glossary, g => Assert.False(string.IsNullOrWhiteSpace(g.Term) || string.IsNullOrWhiteSpace(g.Definition), $"{source.File}: {g.Id} needs a term and a definition"));
            var ids = HeadingIds(source);
            var missing = source.Glossary.Select(g => g.Id).Where(id => !ids.Contains(id)).ToList();
            Assert.True(missing.Count == 0, $"{source.File}: no heading {{#id}} for {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Every_glossary_term_an_item_introduces_is_on_the_glossary_page()
    {
        if (!ContentFixture.BySlug.TryGetValue(GlossarySlug, out var glossary))
        {
            Assert.Skip("content/pages/glossary is not written yet");
        }
        var known = glossary.Locales.Values.SelectMany(s => s.Glossary).Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var problems = ItemRulesTests.AllLocales()
            .Where(x => x.Item.Slug != GlossarySlug)
            .SelectMany(x => x.Source.Glossary.Where(g => !known.Contains(g.Id)).Select(g => $"{x.Source.File}: glossary id '{g.Id}' is not on the glossary page"))
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Khmer_and_English_files_of_an_item_introduce_the_same_glossary_terms()
    {
        var problems = ContentFixture.Items
            .Where(i => i.Locales.Count == 2)
            .Where(i => !i.Locales[Locales.Khmer].Glossary.Select(g => g.Id).Order(StringComparer.Ordinal)
                .SequenceEqual(i.Locales[Locales.English].Glossary.Select(g => g.Id).Order(StringComparer.Ordinal)))
            .Select(i => $"{i.Folder}: km.md and en.md list different glossary ids")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static HashSet<string> HeadingIds(LocaleSource source) =>
        HtmlId().Matches(source.Rendered?.Html ?? "").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
}
