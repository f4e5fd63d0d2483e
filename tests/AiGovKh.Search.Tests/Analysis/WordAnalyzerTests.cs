using AiGovKh.Search.Analysis;
using AiGovKh.Search.Querying;

namespace AiGovKh.Search.Tests.Analysis;

public class WordAnalyzerTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = HubAnalyzers.ForIndex();

    private static List<string> Terms(string text, string field = SearchFields.Body) =>
        TokenList.Of(Analyzer, field, text).Select(t => t.Term).ToList();

    [Fact]
    public void English_words_are_lower_cased_stemmed_and_stop_words_dropped()
    {
        Assert.Equal(["learn", "machin", "model"], Terms("The Learning of Machine Models"));
    }

    [Fact]
    public void Khmer_digits_and_ascii_digits_give_the_same_term()
    {
        Assert.Equal(Terms("2025"), Terms("២០២៥"));
        Assert.Equal(["2025"], Terms("២០២៥"));
    }

    [Fact]
    public void Zero_width_spaces_do_not_change_khmer_terms()
    {
        Assert.Equal(Terms("ប្រទេសកម្ពុជា"), Terms("ប្រទេស\u200Bកម្ពុ\u200Bជា"));
        Assert.NotEmpty(Terms("ប្រទេសកម្ពុជា"));
    }

    [Fact]
    public void Mixed_text_keeps_latin_and_khmer_words_with_offsets_into_the_original()
    {
        const string text = "AI \u200Bនៅកម្ពុជា ២០២៥";
        var tokens = TokenList.Of(Analyzer, SearchFields.Body, text);
        Assert.Contains(tokens, t => t.Term == "ai" && t.Type == WordTokenizer.LatinType && text[t.Start..t.End] == "AI");
        Assert.Contains(tokens, t => t.Term == "2025" && text[t.Start..t.End] == "២០២៥");
        var khmer = tokens.Where(t => t.Type == WordTokenizer.KhmerType).ToList();
        Assert.NotEmpty(khmer);
        Assert.Equal("នៅកម្ពុជា", string.Concat(khmer.Select(t => text[t.Start..t.End])));
    }

    [Theory]
    [InlineData("សំរាប់", "សម្រាប់")] // older ំរ spelling
    [InlineData("អោយ", "ឲ្យ")] // keyboard variants of ឲ្យ
    [InlineData("ឱ្យ", "ឲ្យ")]
    [InlineData("ស្ដីពី", "ស្តីពី")] // subscript DA and TA are drawn alike
    public void Spelling_variants_typed_on_khmer_keyboards_give_the_same_terms(string typed, string standard)
    {
        Assert.Equal(Terms(standard), Terms(typed));
        Assert.NotEmpty(Terms(typed));
    }

    [Fact]
    public void Khmer_punctuation_is_not_a_word()
    {
        Assert.DoesNotContain(Terms("កម្ពុជា។ ៖"), t => t is "។" or "៖");
    }

    [Fact]
    public void Khmer_words_are_not_stemmed_as_english()
    {
        var terms = Terms("សិស្ស");
        Assert.Equal("សិស្ស", string.Concat(terms));
    }
}
