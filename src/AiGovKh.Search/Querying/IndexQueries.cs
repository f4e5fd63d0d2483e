using AiGovKh.Search.Highlighting;
using AiGovKh.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AiGovKh.Search.Querying;

/// <summary>Runs readers' searches against a <see cref="SearchIndex"/>: ranking, filters, facets, paging, snippets.</summary>
public sealed class IndexQueries
{
    // Added to documents in the reader's language: enough to order near-ties, not to bury a better match.
    private const float ReaderLocaleBoost = 0.3f;

    // Only what a hit shows: the stored id and update time are skipped. The body is not stored (see SearchFields.BodyText).
    private static readonly HashSet<string> HitFields =
    [
        SearchFields.Item, SearchFields.Locale, SearchFields.Type, SearchFields.Title, SearchFields.Url, SearchFields.Summary,
        SearchFields.Organisation, SearchFields.OrganisationName, SearchFields.Audience, SearchFields.PublishedAt,
    ];

    private readonly SearchIndex _index;
    private readonly Lucene.Net.Analysis.Analyzer _highlighting = Analysis.HubAnalyzers.ForHighlighting();

    internal IndexQueries(SearchIndex index) => _index = index;

    public SearchResults Search(SearchRequest request)
    {
        int pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        int page = Math.Clamp(request.Page, 1, SearchRequest.MaxResultWindow / pageSize);
        var parsed = ParsedQuery.Parse(request.Text, _index.Analyzer);
        if (parsed.Query is null)
        {
            var outcome = parsed.Text.Length == 0 ? SearchOutcome.EmptyQuery : SearchOutcome.NoSearchableWords;
            return new SearchResults(parsed.Text, outcome, parsed.Truncated, 0, page, pageSize, [], [], _index.IsRebuilding);
        }

        var searcher = _index.AcquireSearcher();
        try
        {
            var (top, facets) = Run(searcher, parsed, request, page * pageSize);
            if (top.TotalHits == 0 && parsed.BigramSequences.Count > 0 && parsed.Match != BigramMatch.Anywhere)
            {
                // Nothing lines up with the words the segmenter found: let the Khmer runs match anywhere
                // (inside longer words too) rather than answer with nothing.
                parsed = ParsedQuery.Parse(request.Text, _index.Analyzer, BigramMatch.Anywhere);
                (top, facets) = Run(searcher, parsed, request, page * pageSize);
            }
            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
            var hits = new List<SearchHit>(docs.ScoreDocs.Length);
            foreach (var scoreDoc in docs.ScoreDocs)
            {
                string body = request.Snippets ? BodyOf(searcher.IndexReader, scoreDoc.Doc) : "";
                hits.Add(ToHit(searcher.Doc(scoreDoc.Doc, HitFields), body, scoreDoc.Score, request.Snippets ? parsed : null));
            }
            return new SearchResults(parsed.Text, SearchOutcome.Ok, parsed.Truncated, top.TotalHits, page, pageSize, hits, facets, _index.IsRebuilding);
        }
        finally
        {
            _index.ReleaseSearcher(searcher);
        }
    }

    private static (TopDocsCollector<ScoreDoc> Top, IReadOnlyList<Facet> Facets) Run(IndexSearcher searcher, ParsedQuery parsed, SearchRequest request, int window)
    {
        var query = new BooleanQuery(disableCoord: true) { { parsed.Query!, Occur.MUST } };
        var preferred = new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Locale, request.ReaderLocale))) { Boost = ReaderLocaleBoost };
        query.Add(preferred, Occur.SHOULD);
        var dimensions = SearchFields.Facets.Select(f => (f, Blank(request.FilterOf(f)))).ToList();
        var top = TopScoreDocCollector.Create(window, docsScoredInOrder: true);
        var collector = new FacetingCollector(top, dimensions);
        searcher.Search(query, collector);
        return (top, collector.Facets());
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string BodyOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.BodyText);
        if (values is null) return "";
        var bytes = new Lucene.Net.Util.BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
    }

    private SearchHit ToHit(Document doc, string body, float score, ParsedQuery? parsed)
    {
        string summary = doc.Get(SearchFields.Summary) ?? "";
        var snippet = parsed is null ? Snippet.Empty : SnippetBuilder.Build(body, parsed, _highlighting);
        if (parsed is not null && !snippet.Parts.Any(p => p.Highlighted))
        {
            var fromSummary = SnippetBuilder.Build(summary, parsed, _highlighting);
            if (fromSummary.Parts.Any(p => p.Highlighted) || snippet.Parts.Count == 0) snippet = fromSummary;
        }
        return new SearchHit(
            doc.Get(SearchFields.Item),
            doc.Get(SearchFields.Locale),
            doc.Get(SearchFields.Type),
            doc.Get(SearchFields.Title),
            doc.Get(SearchFields.Url),
            summary,
            doc.Get(SearchFields.Organisation) ?? "",
            doc.Get(SearchFields.OrganisationName) ?? "",
            doc.GetValues(SearchFields.Audience),
            DocumentMapper.Instant(doc, SearchFields.PublishedAt),
            snippet,
            score);
    }
}
