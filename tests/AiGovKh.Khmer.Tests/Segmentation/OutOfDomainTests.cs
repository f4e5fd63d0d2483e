using System.Text;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

/// <summary>
/// Word F1 on <c>Data/out-of-domain.gold.txt</c>: 200 sentences of government notices, law, news and
/// AI/digital-government text written and hand-segmented for this project (see its README). The file is
/// for measuring only — never train or tune on it. Measured when the file was written: model 97.5,
/// dictionary-only 81.6, Lucene.Net ICUTokenizer 72.0; the floors leave about three points of margin.
/// </summary>
public class OutOfDomainTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Data", "out-of-domain.gold.txt");

    private static string[] GoldLines() => File.ReadAllLines(GoldPath, Encoding.UTF8);

    [Fact]
    public void Default_segmenter_keeps_word_f1_above_94_5_on_out_of_domain_text()
    {
        double f1 = WordF1.Measure(KhmerSegmenter.Default, GoldLines());
        Assert.True(f1 >= 94.5, $"F1 {f1:F2}");
    }

    [Fact]
    public void Dictionary_segmenter_keeps_word_f1_above_78_5_on_out_of_domain_text()
    {
        double f1 = WordF1.Measure(KhmerSegmenter.DictionaryOnly, GoldLines());
        Assert.True(f1 >= 78.5, $"F1 {f1:F2}");
    }

    [Fact]
    public void Gold_file_is_one_normalised_sentence_per_line_with_single_spaces()
    {
        string[] lines = GoldLines();
        Assert.Equal(200, lines.Length);
        Assert.Equal(lines.Length, lines.Distinct(StringComparer.Ordinal).Count());
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Assert.False(string.IsNullOrWhiteSpace(line), $"line {i + 1} is empty");
            Assert.True(line == line.Trim() && !line.Contains("  ", StringComparison.Ordinal), $"line {i + 1} has stray spaces");
            Assert.True(line.IsNormalized(NormalizationForm.FormC), $"line {i + 1} is not NFC");
            Assert.DoesNotContain(line, c => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00A0' or '\t');
        }
    }
}
