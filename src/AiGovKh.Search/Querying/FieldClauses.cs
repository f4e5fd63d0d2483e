using AiGovKh.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AiGovKh.Search.Querying;

/// <summary>The per-field shape of query clauses: which fields a word is looked for in, with which weight.</summary>
internal static class FieldClauses
{
    private static readonly (string Field, float Boost)[] TextFields =
        [(SearchFields.Title, 3f), (SearchFields.Summary, 1.5f), (SearchFields.Body, 1f)];

    // Lower than the word fields: a word match outranks a match found only through bigrams.
    private static readonly (string Field, float Boost)[] BigramFields =
        [(SearchFields.TitleBigrams, 1.5f), (SearchFields.SummaryBigrams, 0.75f), (SearchFields.BodyBigrams, 0.5f)];

    private const float TieBreaker = 0.1f;

    public static Query AnyTextField(string term)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in TextFields) any.Add(new TermQuery(new Term(field, term)) { Boost = boost });
        return any;
    }

    public static Query WordPhrase(IReadOnlyList<AnalyzedToken> words) => Phrase(TextFields, words, null, null);

    public static Query BigramPhrase(IReadOnlyList<AnalyzedToken> bigrams, BigramMatch match)
    {
        if (match == BigramMatch.Anywhere) return Phrase(BigramFields, bigrams, null, null);
        if (match == BigramMatch.BothEdges) return Phrase(BigramFields, bigrams, ClusterBigramTokenizer.WordStart, ClusterBigramTokenizer.WordEnd);
        var either = new BooleanQuery(disableCoord: true)
        {
            { Phrase(BigramFields, bigrams, ClusterBigramTokenizer.WordStart, null), Occur.SHOULD },
            { Phrase(BigramFields, bigrams, null, ClusterBigramTokenizer.WordEnd), Occur.SHOULD },
        };
        return either;
    }

    private static Query Phrase((string Field, float Boost)[] fields, IReadOnlyList<AnalyzedToken> tokens, string? startMarker, string? endMarker)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        int first = tokens[0].Position;
        int last = tokens[^1].Position - first;
        foreach (var (field, boost) in fields)
        {
            if (tokens.Count == 1 && startMarker is null && endMarker is null)
            {
                any.Add(new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost });
                continue;
            }
            var phrase = new PhraseQuery { Boost = boost };
            foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position - first);
            if (startMarker is not null) phrase.Add(new Term(field, startMarker), 0);
            if (endMarker is not null) phrase.Add(new Term(field, endMarker), last);
            any.Add(phrase);
        }
        return any;
    }
}
