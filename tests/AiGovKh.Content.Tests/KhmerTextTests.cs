using AiGovKh.Khmer;

namespace AiGovKh.Content.Tests;

/// <summary>
/// The Khmer is clean Unicode: no invisible characters anywhere in content/, and no broken
/// clusters (lone coeng, vowel without a base, marks out of order) in any Khmer text, checked
/// with the hub's own <see cref="KhmerTextCheck"/>.
/// </summary>
public class KhmerTextTests
{
    private static readonly char[] Invisible = ['\u200B', '\u200C', '\u200D', '\uFEFF'];

    [Fact]
    public void No_markdown_file_contains_zero_width_characters_or_a_byte_order_mark()
    {
        var problems = new List<string>();
        foreach (var (file, text) in ContentFixture.MarkdownFiles)
        {
            var lines = text.Split('\n');
            for (var n = 0; n < lines.Length; n++)
            {
                var column = lines[n].IndexOfAny(Invisible);
                if (column >= 0)
                {
                    problems.Add($"{file}:{n + 1}:{column + 1}: U+{(int)lines[n][column]:X4}");
                }
            }
        }
        Assert.True(problems.Count == 0, "Invisible characters:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Khmer_text_has_no_broken_clusters()
    {
        var problems = new List<string>();
        foreach (var (file, text) in ContentFixture.MarkdownFiles.Where(f => f.Value.Any(IsKhmer)))
        {
            foreach (var problem in KhmerTextCheck.Check(text))
            {
                var line = text.AsSpan(0, problem.Offset).Count('\n') + 1;
                problems.Add($"{file}:{line} [{problem.Rule}] {problem.Message} near '{Around(text, problem.Offset)}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Khmer_files_are_mostly_khmer_and_english_files_mostly_latin()
    {
        var problems = new List<string>();
        foreach (var item in ContentFixture.Items)
        {
            foreach (var source in item.Locales.Values)
            {
                var letters = source.BodyMarkdown.Where(char.IsLetter).ToList();
                if (letters.Count == 0)
                {
                    continue;
                }
                var khmerShare = letters.Count(IsKhmer) / (double)letters.Count;
                if (source.Locale == "km" && khmerShare < 0.6)
                {
                    problems.Add($"{source.File}: only {khmerShare:P0} of the letters are Khmer; is it translated?");
                }
                if (source.Locale == "en" && khmerShare > 0.4)
                {
                    problems.Add($"{source.File}: {khmerShare:P0} of the letters are Khmer in the English file");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void No_file_contains_placeholder_text()
    {
        var placeholder = new System.Text.RegularExpressions.Regex(@"\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var problems = ContentFixture.MarkdownFiles
            .SelectMany(f => f.Value.Split('\n').Select((line, n) => (f.Key, Line: n + 1, Text: line)))
            .Where(x => placeholder.IsMatch(x.Text))
            .Select(x => $"{x.Key}:{x.Line}: placeholder text")
            .ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    internal static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';

    private static string Around(string text, int offset)
    {
        var start = Math.Max(0, offset - 8);
        var end = Math.Min(text.Length, offset + 8);
        return text[start..end].Replace('\n', ' ');
    }
}
