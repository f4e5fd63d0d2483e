using System.Collections.Concurrent;
using AiGovKh.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AiGovKh.Search.Querying;

/// <summary>
/// The index's searcher: scores an edge-marked bigram term (<see cref="ClusterBigramTokenizer.StartOf"/>,
/// <see cref="ClusterBigramTokenizer.EndOf"/>) with the statistics of its bare marker, as when the markers
/// were terms of their own at every word edge. Matching is the same either way; ranking was tuned with
/// <c>search-eval</c> on those statistics, and this keeps it exactly as it was.
/// </summary>
internal sealed class HubSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<Term, TermStatistics> _markers = new();

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        string text = term.Text;
        string? marker = text.StartsWith(ClusterBigramTokenizer.WordStart, StringComparison.Ordinal) ? ClusterBigramTokenizer.WordStart
            : text.EndsWith(ClusterBigramTokenizer.WordEnd, StringComparison.Ordinal) ? ClusterBigramTokenizer.WordEnd
            : null;
        if (marker is null) return base.TermStatistics(term, context);
        return _markers.GetOrAdd(new Term(term.Field, marker), bare => base.TermStatistics(bare, TermContext.Build(TopReaderContext, bare)));
    }

    /// <summary>Makes the <see cref="SearcherManager"/> open <see cref="HubSearcher"/>s.</summary>
    public sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new HubSearcher(reader);
    }
}
