using AiGovKh.Search.Indexing;
using AiGovKh.Search.Querying;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Icu.Segmentation;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>One search configuration under evaluation: index the sentences, then rank documents for a query word.</summary>
internal abstract class SearchEvalSystem : IDisposable
{
    public abstract string Name { get; }

    /// <summary>Indexes sentence <c>i</c> as document <c>i</c>.</summary>
    public abstract void Index(IReadOnlyList<GoldSentence> sentences);

    /// <summary>Document numbers (= sentence numbers) in rank order.</summary>
    public abstract int[] Rank(string word);

    public abstract void Dispose();
}

/// <summary>Our index and query pipeline: word field plus cluster-bigram field, queries parsed as a reader's would be.</summary>
internal sealed class OursSystem(bool wordsOnly = false, BigramMatch match = ParsedQuery.DefaultBigramMatch, bool fallback = false) : SearchEvalSystem
{
    private readonly SearchIndex _index = SearchIndex.InMemory();

    public override string Name => wordsOnly ? "AiGovKh (words only)" : fallback ? "AiGovKh (as deployed)" : $"AiGovKh (bigrams {match})";

    public override void Index(IReadOnlyList<GoldSentence> sentences)
    {
        var docs = sentences.Select((s, i) => new SearchDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "km", "lesson", "eval", "eval", [], "", "", "", s.Text, null, DateTimeOffset.UnixEpoch));
        _index.RebuildFrom(docs, 0);
    }

    public override int[] Rank(string word)
    {
        var query = wordsOnly ? WordsOnly(word) : ParsedQuery.Parse(word, _index.Analyzer, match).Query;
        if (query is null) return [];
        var searcher = _index.AcquireSearcher();
        try
        {
            var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
            if (fallback && top.TotalHits == 0 && ParsedQuery.Parse(word, _index.Analyzer, BigramMatch.Anywhere).Query is { } anywhere)
            {
                top = searcher.Search(anywhere, Math.Max(1, searcher.IndexReader.MaxDoc));
            }
            return top.ScoreDocs.Select(d => int.Parse(searcher.Doc(d.Doc).Get(Search.SearchFields.Item), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        }
        finally
        {
            _index.ReleaseSearcher(searcher);
        }
    }

    private Query? WordsOnly(string word)
    {
        var all = new BooleanQuery();
        foreach (var token in TokenList.Of(_index.Analyzer, Search.SearchFields.Title, word)) all.Add(FieldClauses.AnyTextField(token.Term), Occur.MUST);
        return all.Clauses.Count == 0 ? null : all;
    }

    public override void Dispose() => _index.Dispose();
}

/// <summary>A plain Lucene index of one text field with a given analyzer; a query word becomes a term or a phrase of its tokens.</summary>
internal sealed class AnalyzerSystem(string name, Analyzer analyzer, Func<GoldSentence, string> text) : SearchEvalSystem
{
    private const string Field = "body";
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public override string Name => name;

    public static AnalyzerSystem Standard() => new("Lucene StandardAnalyzer", new StandardAnalyzer(LuceneVersion.LUCENE_48), s => s.Text);

    public static AnalyzerSystem Icu() => new("Lucene ICUTokenizer", Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new ICUTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer));
    }), s => s.Text);

    /// <summary>The ceiling: documents indexed by their gold words, so a gold word finds exactly the relevant documents.</summary>
    public static AnalyzerSystem GoldWords() => new("Ceiling (gold words)", new WhitespaceAnalyzer(LuceneVersion.LUCENE_48),
        s => string.Join(' ', s.Words.Select(w => s.Text[w.Start..w.End])));

    public override void Index(IReadOnlyList<GoldSentence> sentences)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 }))
        {
            foreach (var sentence in sentences) writer.AddDocument(new Document { new TextField(Field, text(sentence), Lucene.Net.Documents.Field.Store.NO) });
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    public override int[] Rank(string word)
    {
        var terms = new List<string>();
        using (var stream = analyzer.GetTokenStream(Field, word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) terms.Add(term.ToString());
            stream.End();
        }
        if (terms.Count == 0) return [];
        Query query;
        if (terms.Count == 1) query = new TermQuery(new Term(Field, terms[0]));
        else
        {
            var phrase = new PhraseQuery();
            foreach (var t in terms) phrase.Add(new Term(Field, t));
            query = phrase;
        }
        return _searcher!.Search(query, Math.Max(1, _reader!.MaxDoc)).ScoreDocs.Select(d => d.Doc).ToArray();
    }

    public override void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        analyzer.Dispose();
    }
}
