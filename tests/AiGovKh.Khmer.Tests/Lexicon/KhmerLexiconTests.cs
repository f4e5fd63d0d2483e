using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Tests.Lexicon;

public class KhmerLexiconTests
{
    [Fact]
    public void Icu_lexicon_holds_the_icu_dictionary_and_the_curated_list()
    {
        Assert.InRange(KhmerLexicon.Icu.Count, 80_000, 90_000);
        Assert.True(KhmerLexicon.Icu.Contains("កម្ពុជា"));
        Assert.True(KhmerLexicon.Icu.Contains("បញ្ញាសិប្បនិម្មិត"));
        Assert.False(KhmerLexicon.Icu.Contains("កម្ពុជាកម្ពុជា"));
    }

    [Fact]
    public void A_prefix_of_a_word_is_not_a_word_unless_listed()
    {
        var lexicon = KhmerLexicon.FromWords(["កម្ពុជា", "ក"]);
        Assert.True(lexicon.Contains("កម្ពុជា"));
        Assert.True(lexicon.Contains("ក"));
        Assert.False(lexicon.Contains("កម្ពុ"));
        Assert.Equal(3, lexicon.MaxClusters);
    }
}
