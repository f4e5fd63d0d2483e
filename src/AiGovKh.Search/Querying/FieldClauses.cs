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

    public static Query WordPhrase(IReadOnlyList<AnalyzedToken> words) => Phrase(TextFields, words, false, false);

    public static Query BigramPhrase(IReadOnlyList<AnalyzedToken> bigrams, BigramMatch match)
    {
        if (match == BigramMatch.Anywhere) return Phrase(BigramFields, bigrams, false, false);
        if (match == BigramMatch.BothEdges) return Phrase(BigramFields, bigrams, true, true);
        var either = new BooleanQuery(disableCoord: true)
        {
            { Phrase(BigramFields, bigrams, true, false), Occur.SHOULD },
            { Phrase(BigramFields, bigrams, false, true), Occur.SHOULD },
        };
        return either;
    }

    /// <summary>
    /// The tokens as a phrase in each field; with <paramref name="atWordStart"/> the first bigram must also be
    /// there as the edge-marked term that begins a word, with <paramref name="atWordEnd"/> the last as the one
    /// that ends a word. (The plain bigram stays in the phrase beside its marked copy: it matches wherever the
    /// marked one does, and keeps the phrase's score what it was when the markers were terms of their own.)
    /// </summary>
    private static Query Phrase((string Field, float Boost)[] fields, IReadOnlyList<AnalyzedToken> tokens, bool atWordStart, bool atWordEnd)
    {
        var any = new DisjunctionMaxQuery(TieBreaker);
        int first = tokens[0].Position;
        int lastIndex = tokens.Count - 1;
        foreach (var (field, boost) in fields)
        {
            if (tokens.Count == 1 && !atWordStart && !atWordEnd)
            {
                any.Add(new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost });
                continue;
            }
            var phrase = new PhraseQuery { Boost = boost };
            for (int i = 0; i < tokens.Count; i++)
            {
                bool start = atWordStart && i == 0, end = atWordEnd && i == lastIndex;
                int position = tokens[i].Position - first;
                phrase.Add(new Term(field, tokens[i].Term), position);
                if (start) phrase.Add(new Term(field, ClusterBigramTokenizer.StartOf(tokens[i].Term)), position);
                if (end) phrase.Add(new Term(field, ClusterBigramTokenizer.EndOf(tokens[i].Term)), position);
            }
            any.Add(phrase);
        }
        return any;
    }
}
