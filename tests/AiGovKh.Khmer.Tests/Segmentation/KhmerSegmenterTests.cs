using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

public class KhmerSegmenterTests
{
    public static TheoryData<string> Segmenters => ["default", "dictionary"];

    private static KhmerSegmenter Get(string name) => name == "default" ? KhmerSegmenter.Default : KhmerSegmenter.DictionaryOnly;

    private static List<(string Text, WordKind Kind)> Words(KhmerSegmenter segmenter, string text, bool punctuation = false)
    {
        var words = new List<WordSpan>();
        segmenter.Segment(text, words, punctuation);
        return words.Select(w => (text.Substring(w.Start, w.Length), w.Kind)).ToList();
    }

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void Segments_a_simple_sentence_into_words(string name)
        => Assert.Equal(["ខ្ញុំ", "ស្រលាញ់", "ប្រទេស", "កម្ពុជា"], Get(name).SegmentToStrings("ខ្ញុំស្រលាញ់ប្រទេសកម្ពុជា"));

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void Numbers_glued_to_khmer_words_are_separate_tokens(string name)
    {
        var words = Words(Get(name), "ប្រាក់ចំណូល១០០០ដុល្លារ");
        Assert.Contains(("១០០០", WordKind.Number), words);
        Assert.Contains(("ដុល្លារ", WordKind.Khmer), words);
    }

    [Theory]
    [InlineData("តម្លៃ1,000.50ដុល្លារ", "1,000.50")]
    [InlineData("ម៉ោង១០:៣០ព្រឹក", "១០:៣០")]
    [InlineData("ឆ្នាំ២០២៥", "២០២៥")]
    public void A_number_with_separators_is_one_token(string text, string number)
        => Assert.Contains((number, WordKind.Number), Words(KhmerSegmenter.Default, text));

    [Fact]
    public void Latin_words_inside_khmer_are_tokens_of_their_own()
    {
        var words = Words(KhmerSegmenter.Default, "ខ្ញុំប្រើChatGPTនិងAIរាល់ថ្ងៃ");
        Assert.Contains(("ChatGPT", WordKind.Latin), words);
        Assert.Contains(("AI", WordKind.Latin), words);
        Assert.Equal("ខ្ញុំ", words[0].Text);
    }

    [Fact]
    public void Urls_and_emails_stay_whole()
    {
        var words = Words(KhmerSegmenter.Default, "សូមចូលទៅ https://ai.gov.kh/km/search?q=AI ឬ info@ai.gov.kh។");
        Assert.Contains(("https://ai.gov.kh/km/search?q=AI", WordKind.Other), words);
        Assert.Contains(("info@ai.gov.kh", WordKind.Latin), words);
    }

    [Fact]
    public void Punctuation_is_left_out_unless_asked_for()
    {
        const string text = "«សួស្តី» ពិភពលោក។ តើ​អ្នក​សុខសប្បាយ​ទេ? ៖ ៕";
        Assert.DoesNotContain(Words(KhmerSegmenter.Default, text), w => w.Kind == WordKind.Punctuation || w.Text is "។" or "«" or "?");
        var withPunctuation = Words(KhmerSegmenter.Default, text, punctuation: true);
        foreach (string mark in new[] { "«", "»", "។", "?", "៖", "៕" })
        {
            Assert.Contains((mark, WordKind.Punctuation), withPunctuation);
        }
    }

    [Fact]
    public void Repetition_sign_is_a_word_of_its_own()
    {
        var words = KhmerSegmenter.Default.SegmentToStrings("ផ្សេងៗ");
        Assert.Equal("ៗ", words[^1]);
        Assert.Equal("ផ្សេង", words[^2]);
    }

    [Fact]
    public void Spaces_and_zero_width_spaces_separate_words_and_are_not_emitted()
    {
        var words = KhmerSegmenter.Default.SegmentToStrings("កម្ពុជា\u200Bខ្មែរ  ភាសា\u200B");
        Assert.Equal(["កម្ពុជា", "ខ្មែរ", "ភាសា"], words);
    }

    [Fact]
    public void Offsets_refer_to_the_given_span()
    {
        const string text = "AI ប្រទេសកម្ពុជា ២០២៥";
        var words = new List<WordSpan>();
        KhmerSegmenter.Default.Segment(text.AsSpan(3), words);
        Assert.Equal(0, words[0].Start);
        Assert.Equal("២០២៥", text.Substring(3 + words[^1].Start, words[^1].Length));
    }

    [Theory]
    [MemberData(nameof(Segmenters))]
    public void A_word_boundary_never_falls_inside_a_cluster(string name)
    {
        const string text = "ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍បានរៀបចំយុទ្ធសាស្ត្រជាតិស្តីពីបញ្ញាសិប្បនិម្មិតឆ្នាំ២០២៥-២០៣០";
        var clusters = new List<Range>();
        KhmerClusters.Split(text, clusters);
        var edges = clusters.Select(r => r.Start.Value).Append(text.Length).ToHashSet();
        var words = new List<WordSpan>();
        Get(name).Segment(text, words, includePunctuation: true);
        Assert.All(words, w => Assert.True(edges.Contains(w.Start) && edges.Contains(w.End), $"word at {w.Start}+{w.Length} cuts a cluster"));
        Assert.Equal(text.Length, words.Sum(w => w.Length)); // nothing lost, nothing doubled
    }

    [Theory]
    [InlineData("យុទ្ធសាស្ត្រជាតិស្តីពីបញ្ញាសិប្បនិម្មិត", "បញ្ញាសិប្បនិម្មិត")]
    [InlineData("ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍", "ទូរគមនាគមន៍")]
    public void Curated_ai_and_government_terms_stay_whole(string text, string term)
        => Assert.Contains(term, KhmerSegmenter.Default.SegmentToStrings(text));

    [Fact]
    public void Empty_input_has_no_words()
    {
        var words = new List<WordSpan>();
        KhmerSegmenter.Default.Segment(ReadOnlySpan<char>.Empty, words);
        Assert.Empty(words);
        Assert.Empty(KhmerSegmenter.Default.SegmentToStrings(""));
    }

    [Fact]
    public void Very_long_input_without_spaces_is_segmented()
    {
        string text = string.Concat(Enumerable.Repeat("ប្រជាពលរដ្ឋកម្ពុជាប្រើបច្ចេកវិទ្យាឌីជីថល", 5_000));
        var words = new List<WordSpan>();
        KhmerSegmenter.Default.Segment(text, words);
        Assert.True(words.Count > 10_000);
        Assert.Equal(text.Length, words.Sum(w => w.Length));
    }

    [Fact]
    public void Broken_input_never_throws_and_gives_ordered_words_on_cluster_boundaries()
    {
        var random = new Random(11);
        var words = new List<WordSpan>();
        var clusters = new List<Range>();
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(7) switch
                {
                    0 => (char)random.Next(0xD800, 0xE000), // lone surrogates
                    1 => (char)random.Next(0x20, 0x7F),
                    2 => "\u200B\u200C\u200D\u17D2\u17DC"[random.Next(5)],
                    3 => (char)random.Next(0x17B4, 0x17D4), // marks, coeng
                    _ => (char)random.Next(0x1780, 0x1800),
                };
            }
            clusters.Clear();
            KhmerClusters.Split(chars, clusters);
            var clusterEdges = clusters.SelectMany(r => new[] { r.Start.Value, r.End.Value }).ToHashSet();
            foreach (var segmenter in new[] { KhmerSegmenter.Default, KhmerSegmenter.DictionaryOnly })
            {
                words.Clear();
                segmenter.Segment(chars, words, includePunctuation: true);
                int previousEnd = 0;
                foreach (var word in words)
                {
                    Assert.True(word.Length > 0 && word.Start >= previousEnd && word.End <= chars.Length, $"round {round}: {word.Start}+{word.Length}");
                    if (word.Kind == WordKind.Khmer)
                    {
                        Assert.Contains(word.Start, clusterEdges);
                        Assert.Contains(word.End, clusterEdges);
                    }
                    previousEnd = word.End;
                }
            }
        }
    }

    [Fact]
    public void Unknown_names_are_not_sprayed_into_single_clusters_by_the_dictionary_segmenter()
    {
        // Only "លោក" is known: the name after it stays one word instead of four one-cluster words.
        var segmenter = new KhmerSegmenter(new LexiconRunSplitter(AiGovKh.Khmer.Lexicon.KhmerLexicon.FromWords(["លោក"])));
        Assert.Equal(["លោក", "ស៊ីវុនថេង"], segmenter.SegmentToStrings("លោកស៊ីវុនថេង"));
    }

    [Fact]
    public void Segmenters_are_safe_to_share_between_threads()
    {
        const string text = "ក្រសួងអប់រំយុវជននិងកីឡាបានប្រកាសលទ្ធផលប្រឡងសញ្ញាបត្រមធ្យមសិក្សាទុតិយភូមិ។";
        var expected = KhmerSegmenter.Default.SegmentToStrings(text);
        Parallel.For(0, 64, _ => Assert.Equal(expected, KhmerSegmenter.Default.SegmentToStrings(text)));
    }
}
