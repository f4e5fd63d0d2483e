using AiGovKh.Khmer.Clusters;
using AiGovKh.Search.Querying;
using static AiGovKh.Search.Tests.SearchTestDocuments;

namespace AiGovKh.Search.Tests.Highlighting;

public class SnippetTests
{
    [Fact]
    public void Khmer_match_is_marked_in_the_snippet()
    {
        using var index = IndexOf(Km("a", "t", "ប្រទេសកម្ពុជាមានបញ្ញាសិប្បនិម្មិត"));
        var hit = index.Queries.Search(new SearchRequest("កម្ពុជា", "km")).Hits.Single();
        Assert.Contains(hit.Snippet.Parts, p => p.Highlighted && p.Text.Contains("កម្ពុជា"));
        Assert.Contains("<mark>", hit.Snippet.ToHtml());
    }

    [Fact]
    public void Long_khmer_text_is_cut_on_cluster_boundaries()
    {
        string body = string.Concat(Enumerable.Repeat("ការអប់រំឌីជីថលសម្រាប់ប្រជាពលរដ្ឋ", 30)) + "កម្ពុជា" + string.Concat(Enumerable.Repeat("ការអប់រំឌីជីថល", 30));
        using var index = IndexOf(Km("a", "t", body));
        var snippet = index.Queries.Search(new SearchRequest("កម្ពុជា", "km")).Hits.Single().Snippet;
        Assert.True(snippet.StartsMidText);
        Assert.True(snippet.EndsMidText);
        string text = string.Concat(snippet.Parts.Select(p => p.Text));
        int at = body.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at > 0);
        var clusters = new List<Range>();
        KhmerClusters.Split(body, clusters);
        var starts = clusters.Select(c => c.Start.Value).Append(body.Length).ToHashSet();
        Assert.Contains(at, starts);
        Assert.Contains(at + text.Length, starts);
    }

    [Fact]
    public void Snippet_html_is_encoded()
    {
        using var index = IndexOf(En("a", "t", "<script>alert(1)</script> ai"));
        var html = index.Queries.Search(new SearchRequest("ai", "en")).Hits.Single().Snippet.ToHtml();
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<mark>ai</mark>", html);
    }
}
