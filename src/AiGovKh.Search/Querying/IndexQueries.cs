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
        long clock = System.Diagnostics.Stopwatch.GetTimestamp();
        int pageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize);
        int page = Math.Clamp(request.Page, 1, SearchRequest.MaxResultWindow / pageSize);
        var parsed = ParsedQuery.Parse(request.Text, _index.Analyzer);
        var parse = SearchStages.Since(ref clock);
        if (parsed.Query is null)
        {
            var outcome = parsed.Text.Length == 0 ? SearchOutcome.EmptyQuery : SearchOutcome.NoSearchableWords;
            return new SearchResults(parsed.Text, outcome, parsed.Truncated, 0, page, pageSize, [], [], _index.IsRebuilding)
            {
                Stages = new SearchStages(parse, default, default, default, default),
            };
        }

        var searcher = _index.AcquireSearcher();
        try
        {
            var (top, collector) = Run(searcher, parsed, request, page * pageSize);
            if (top.TotalHits == 0 && parsed.BigramSequences.Count > 0 && parsed.Match != BigramMatch.Anywhere)
            {
                // Nothing lines up with the words the segmenter found: let the Khmer runs match anywhere
                // (inside longer words too) rather than answer with nothing.
                parsed = ParsedQuery.Parse(request.Text, _index.Analyzer, BigramMatch.Anywhere);
                (top, collector) = Run(searcher, parsed, request, page * pageSize);
            }
            var search = SearchStages.Since(ref clock);
            var facets = collector.Facets();
            var facetTime = SearchStages.Since(ref clock);
            var docs = top.GetTopDocs((page - 1) * pageSize, pageSize);
            var stored = new Document[docs.ScoreDocs.Length];
            for (int i = 0; i < stored.Length; i++) stored[i] = searcher.Doc(docs.ScoreDocs[i].Doc, HitFields);
            var hitTime = SearchStages.Since(ref clock);
            var hits = new List<SearchHit>(stored.Length);
            for (int i = 0; i < stored.Length; i++)
            {
                var scoreDoc = docs.ScoreDocs[i];
                string body = request.Snippets ? BodyOf(searcher.IndexReader, scoreDoc.Doc) : "";
                hits.Add(ToHit(stored[i], body, scoreDoc.Score, request.Snippets ? parsed : null));
            }
            var snippets = SearchStages.Since(ref clock);
            return new SearchResults(parsed.Text, SearchOutcome.Ok, parsed.Truncated, top.TotalHits, page, pageSize, hits, facets, _index.IsRebuilding)
            {
                Stages = new SearchStages(parse, search, facetTime, hitTime, snippets),
            };
        }
        finally
        {
            _index.ReleaseSearcher(searcher);
        }
    }

    private static (TopDocsCollector<ScoreDoc> Top, FacetingCollector Facets) Run(IndexSearcher searcher, ParsedQuery parsed, SearchRequest request, int window)
    {
        var query = new BooleanQuery(disableCoord: true) { { parsed.Query!, Occur.MUST } };
        var preferred = new ConstantScoreQuery(new TermQuery(new Term(SearchFields.Locale, request.ReaderLocale))) { Boost = ReaderLocaleBoost };
        query.Add(preferred, Occur.SHOULD);
        var dimensions = SearchFields.Facets.Select(f => (f, Blank(request.FilterOf(f)))).ToList();
        var top = TopScoreDocCollector.Create(window, docsScoredInOrder: true);
        var collector = new FacetingCollector(top, dimensions);
        searcher.Search(query, collector);
        return (top, collector);
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
