using AiGovKh.Search.Analysis;
using AiGovKh.Search.Querying;

namespace AiGovKh.Search.Tests.Analysis;

public class ClusterBigramTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = HubAnalyzers.ForIndex();

    [Fact]
    public void A_run_of_clusters_becomes_overlapping_pairs()
    {
        var tokens = TokenList.BigramsOf(Analyzer, "កម្ពុជា");
        Assert.Equal(["កម្ពុ", "ម្ពុជា"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1], tokens.Select(t => t.Position));
    }

    [Fact]
    public void Separate_runs_are_not_adjacent_and_latin_is_ignored()
    {
        var tokens = TokenList.BigramsOf(Analyzer, "កម្ពុជា AI ជា");
        Assert.Equal(["កម្ពុ", "ម្ពុជា", "ជា"], tokens.Select(t => t.Term));
        Assert.True(tokens[2].Position > tokens[1].Position + 1);
    }

    [Fact]
    public void Zero_width_space_inside_a_word_does_not_break_the_bigrams()
    {
        var plain = TokenList.BigramsOf(Analyzer, "កម្ពុជា").Select(t => t.Term);
        var typed = TokenList.BigramsOf(Analyzer, "កម្ពុ\u200Bជា").Select(t => t.Term);
        Assert.Equal(plain, typed);
    }

    [Fact]
    public void Word_edges_are_marked_at_the_position_of_the_bigram()
    {
        var tokens = TokenList.Of(Analyzer, SearchFields.BodyBigrams, "កម្ពុជា");
        var first = tokens.Single(t => t.Term == "កម្ពុ").Position;
        var last = tokens.Single(t => t.Term == "ម្ពុជា").Position;
        Assert.Contains(tokens, t => t.Term == ClusterBigramTokenizer.StartOf("កម្ពុ") && t.Position == first);
        Assert.Contains(tokens, t => t.Term == ClusterBigramTokenizer.EndOf("ម្ពុជា") && t.Position == last);
    }

    [Fact]
    public void Bare_edge_markers_appear_once_per_text_not_at_every_word_edge()
    {
        var tokens = TokenList.Of(Analyzer, SearchFields.BodyBigrams, "កម្ពុជា ប្រទេសកម្ពុជា កម្ពុជា");
        Assert.True(tokens.Count(t => ClusterBigramTokenizer.IsEdgeMarked(t.Term) && t.Term.Length > 1) >= 6);
        Assert.Single(tokens, t => t.Term == ClusterBigramTokenizer.WordStart);
        Assert.Single(tokens, t => t.Term == ClusterBigramTokenizer.WordEnd);
    }

    [Fact]
    public void Bigram_offsets_never_split_a_cluster()
    {
        const string text = "ប្រទេសកម្ពុជា";
        foreach (var token in TokenList.BigramsOf(Analyzer, text))
        {
            Assert.Equal(token.Term, text[token.Start..token.End]);
        }
    }
}
