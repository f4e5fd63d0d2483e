using AiGovKh.Khmer.Clusters;

namespace AiGovKh.Khmer.Tests.Clusters;

public class KhmerClustersTests
{
    private static string[] Split(string text)
    {
        var ranges = new List<Range>();
        KhmerClusters.Split(text, ranges);
        return ranges.Select(r => text[r]).ToArray();
    }

    [Theory]
    [InlineData("ស្ត្រី")]
    [InlineData("ខ្ញុំ")]
    [InlineData("ប៊ី")]
    [InlineData("ក៏")]
    public void A_syllable_with_subscripts_vowels_and_signs_is_one_cluster(string syllable)
        => Assert.Equal([syllable], Split(syllable));

    [Fact]
    public void A_word_splits_into_its_written_syllables()
        => Assert.Equal(["ក", "ម្ពុ", "ជា"], Split("កម្ពុជា"));

    [Fact]
    public void Non_khmer_characters_are_one_range_each()
        => Assert.Equal(["A", "I", " ", "ក្នុ", "ង", "១", "។"], Split("AI ក្នុង១។"));

    [Fact]
    public void A_surrogate_pair_is_one_range()
        => Assert.Equal(["ក", "😀", "ខ"], Split("ក😀ខ"));

    [Theory]
    [InlineData("\u17D2ក", new[] { "\u17D2ក" })]          // coeng with no base: the orphan marks form a cluster
    [InlineData("\u17B6\u17B6ក", new[] { "\u17B6\u17B6", "ក" })]
    [InlineData("ក\u17D2", new[] { "ក\u17D2" })]          // trailing coeng stays with its base
    public void Broken_sequences_form_clusters_without_throwing(string text, string[] expected)
        => Assert.Equal(expected, Split(text));

    [Fact]
    public void Zwnj_between_marks_stays_inside_the_cluster()
        => Assert.Equal(["ក\u17B7\u200C\u17CD"], Split("ក\u17B7\u200C\u17CD"));

    [Fact]
    public void Empty_text_has_no_clusters() => Assert.Empty(Split(""));

    [Fact]
    public void Clusters_cover_every_character_in_order()
    {
        var random = new Random(7);
        for (int round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++) chars[i] = random.Next(4) == 0 ? (char)random.Next(0x20, 0x7F) : (char)random.Next(0x1780, 0x1800);
            string text = new(chars);
            var ranges = new List<Range>();
            KhmerClusters.Split(text, ranges);
            int expectedStart = 0;
            foreach (var range in ranges)
            {
                Assert.Equal(expectedStart, range.Start.Value);
                Assert.True(range.End.Value > range.Start.Value);
                expectedStart = range.End.Value;
            }
            Assert.Equal(text.Length, expectedStart);
        }
    }

    [Theory]
    [InlineData('ក', true)]
    [InlineData('។', true)]
    [InlineData('\u19E0', true)]
    [InlineData('A', false)]
    [InlineData('\u200B', false)]
    public void IsKhmer_covers_both_khmer_blocks(char c, bool expected) => Assert.Equal(expected, KhmerClusters.IsKhmer(c));
}
