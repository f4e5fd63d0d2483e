using System.Text.RegularExpressions;
using AiGovKh.Cms.Content;

namespace AiGovKh.Content.Tests;

/// <summary>
/// Lessons are 600–1,200 words in each language. English: words counted in the body.
/// Khmer has no spaces between words, so the count is estimated from characters: Khmer letters
/// and signs (U+1780–U+17DD) divided by 6, the ratio measured on this hub's own parallel km/en
/// texts (6.0–6.7 Khmer characters per English word). Because it is an estimate, Khmer gets a
/// 10% margin (540–1,320).
/// </summary>
public partial class LessonLengthTests
{
    public const int MinWords = 600;
    public const int MaxWords = 1200;
    public const double KhmerCharactersPerWord = 6.0;
    public const double KhmerMargin = 0.10;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\u1780-\u17DD]")]
    private static partial Regex KhmerCharacter();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    public static int EnglishWords(string markdown) => Word().Matches(LinkTarget().Replace(markdown, "]")).Count;

    public static int KhmerWordEstimate(string markdown) => (int)Math.Round(KhmerCharacter().Matches(markdown).Count / KhmerCharactersPerWord);

    [Fact]
    public void Lessons_are_between_600_and_1200_words_in_each_language()
    {
        var problems = new List<string>();
        foreach (var lesson in ContentFixture.Items.Where(i => i.Type == ContentType.Lesson))
        {
            if (lesson.Locales.TryGetValue(Locales.English, out var en))
            {
                var words = EnglishWords(en.BodyMarkdown);
                ContentFixture.Report($"{en.File}: {words} words");
                if (words is < MinWords or > MaxWords)
                {
                    problems.Add($"{en.File}: {words} words; lessons need {MinWords}–{MaxWords}");
                }
            }
            if (lesson.Locales.TryGetValue(Locales.Khmer, out var km))
            {
                var estimate = KhmerWordEstimate(km.BodyMarkdown);
                ContentFixture.Report($"{km.File}: about {estimate} words (estimate)");
                if (estimate < MinWords * (1 - KhmerMargin) || estimate > MaxWords * (1 + KhmerMargin))
                {
                    problems.Add($"{km.File}: about {estimate} words (Khmer characters ÷ {KhmerCharactersPerWord}); lessons need {MinWords}–{MaxWords}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Word_counts_handle_links_hyphens_and_khmer()
    {
        Assert.Equal(4, EnglishWords("A [well-known](item:what-is-ai) risk-based approach."));
        Assert.Equal(1, KhmerWordEstimate("ខ្មែរ"));
        Assert.Equal(0, KhmerWordEstimate("no Khmer here"));
    }
}
