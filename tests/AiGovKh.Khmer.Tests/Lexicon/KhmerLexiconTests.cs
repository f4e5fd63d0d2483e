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

public class ClusterTrieTests
{
    [Fact]
    public void One_walk_reports_which_lists_end_a_word_at_each_length()
    {
        // "ការ" is primary, "ការងារ" secondary and tertiary, "ការងារធ្វើ" nowhere: the walk from "ការ" sees both.
        var lexicon = KhmerLexicon.FromWords(["ការ", "កា"], ["ការងារ"], ["ការងារ"]);
        var flags = Walk(lexicon, "ការងារធ្វើ");
        Assert.Equal(ClusterTrie.PrimaryWord, flags[0] & 7); // កា
        Assert.Equal(ClusterTrie.PrimaryWord, flags[1] & 7); // ការ
        Assert.Equal(ClusterTrie.SecondaryWord | ClusterTrie.TertiaryWord, flags[3] & 7); // ការងារ
        Assert.Equal(0, flags[3] & ClusterTrie.HasChildren);
        Assert.Equal(4, flags.Count);
    }

    [Fact]
    public void A_cluster_no_word_holds_has_id_zero_and_ends_the_walk()
    {
        var lexicon = KhmerLexicon.FromWords(["កម្ពុជា"]);
        Assert.Equal(0, lexicon.Alphabet.IdOf(AiGovKh.Khmer.Lexicon.SequenceHash.Of("ស៊ី")));
        Assert.Equal(-1, lexicon.Trie.Step(0, 0));
        Assert.Empty(Walk(lexicon, "ស៊ីកម្ពុជា"));
        Assert.False(lexicon.Contains("កម្ពុជាកម្ពុជា"));
    }

    [Fact]
    public void Every_word_of_a_large_list_is_found_and_its_prefixes_are_not_words()
    {
        var words = KhmerLexicon.IcuWords().Take(5000).ToList();
        var lexicon = KhmerLexicon.FromWords(words);
        Assert.All(words, w => Assert.True(lexicon.Contains(w), w));
        Assert.False(lexicon.Contains(""));
    }

    // Flags of each step of the walk from the start of the text, until no word continues.
    private static List<int> Walk(KhmerLexicon lexicon, string text)
    {
        var clusters = new List<Range>();
        AiGovKh.Khmer.Clusters.KhmerClusters.Split(text, clusters);
        var flags = new List<int>();
        int node = 0;
        foreach (var range in clusters)
        {
            int step = lexicon.Trie.Step(node, lexicon.Alphabet.IdOf(AiGovKh.Khmer.Lexicon.SequenceHash.Of(text.AsSpan()[range])));
            if (step < 0) break;
            flags.Add(step & 0xF);
            if ((step & ClusterTrie.HasChildren) == 0) break;
            node = step >> 4;
        }
        return flags;
    }
}
