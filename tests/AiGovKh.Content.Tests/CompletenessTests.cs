using AiGovKh.Cms.Content;

namespace AiGovKh.Content.Tests;

/// <summary>The content plan's items; the writers work in parallel, so a missing item skips (with the list) instead of failing.</summary>
public class CompletenessTests
{
    [Fact]
    public void Every_planned_item_exists_with_its_planned_type()
    {
        var wrongType = new List<string>();
        void Expect(IEnumerable<string> slugs, ContentType type)
        {
            foreach (var slug in slugs)
            {
                if (ContentFixture.BySlug.TryGetValue(slug, out var item) && item.Type != type)
                {
                    wrongType.Add($"{item.MainFile}: '{slug}' should be a {type}, is a {item.Type}");
                }
            }
        }
        Expect(PlannedContent.Courses.Keys, ContentType.Course);
        Expect(PlannedContent.Courses.Values.SelectMany(l => l), ContentType.Lesson);
        Expect(PlannedContent.Guidelines, ContentType.Guideline);
        Expect(PlannedContent.Campaigns, ContentType.Campaign);
        Expect(PlannedContent.Pages, ContentType.Page);
        Assert.True(wrongType.Count == 0, string.Join('\n', wrongType));

        var missing = PlannedContent.AllSlugs.Where(s => !ContentFixture.BySlug.ContainsKey(s)).ToList();
        if (missing.Count > 0)
        {
            Assert.Skip($"{missing.Count} planned items are not written yet: {string.Join(", ", missing)}");
        }
    }

    [Fact]
    public void Counts_by_type_audience_and_locale_are_reported()
    {
        foreach (var group in ContentFixture.Items.GroupBy(i => i.Type).OrderBy(g => g.Key))
        {
            var locales = string.Join(", ", Locales.All.Select(l => $"{l} {group.Count(i => i.Locales.ContainsKey(l))}"));
            ContentFixture.Report($"{group.Key}: {group.Count()} items ({locales})");
        }
        foreach (var tier in new[] { AudienceTier.Public, AudienceTier.Students, AudienceTier.Professionals, AudienceTier.Leaders, AudienceTier.Policymakers })
        {
            ContentFixture.Report($"audience {tier}: {ContentFixture.Items.Count(i => i.Audiences.HasFlag(tier))} items");
        }
        Assert.Equal(ContentFixture.Items.Count, ContentFixture.Items.GroupBy(i => i.Type).Sum(g => g.Count()));
    }
}
