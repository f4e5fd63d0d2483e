using AiGovKh.Khmer.Normalization;
using AiGovKh.Search.Analysis;
using AiGovKh.Search.Highlighting;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace AiGovKh.Search.Querying;

/// <summary>
/// Typed text turned into a Lucene query without Lucene's query syntax: characters such as
/// <c>+ - ( ) : * ~ ^ [ ]</c> are just text, analysed away like any punctuation. Every word must match
/// (in title, summary or body); a Khmer run matches by its segmented words or by its cluster bigrams
/// as a phrase; "quoted text" must match as a phrase.
/// </summary>
public sealed class ParsedQuery
{
    private const int MaxClauses = 32;

    /// <summary>
    /// Chosen with <c>search-eval</c> on the khPOS dev split: matching bigrams anywhere finds every
    /// occurrence but also words inside longer words (precision 0.88); requiring both word edges keeps
    /// precision at 0.98 with recall 0.98. <see cref="IndexQueries"/> falls back to anywhere when nothing matched.
    /// </summary>
    public const BigramMatch DefaultBigramMatch = BigramMatch.BothEdges;


    private ParsedQuery(string text, bool truncated, BigramMatch bigramMatch)
    {
        Match = bigramMatch;
        Text = text;
        Truncated = truncated;
    }

    /// <summary>How Khmer runs' bigram matches must line up with document words.</summary>
    public BigramMatch Match { get; }

    /// <summary>The text searched for, after trimming and capping.</summary>
    public string Text { get; }

    /// <summary>True when the typed text was longer than <see cref="SearchRequest.MaxTextLength"/> and was cut.</summary>
    public bool Truncated { get; }

    /// <summary>The query, or null when nothing searchable was typed.</summary>
    public Query? Query { get; private set; }

    internal HashSet<string> WordTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>True when some word terms are not Khmer (Khmer ones are highlighted through their bigrams).</summary>
    internal bool NonKhmerTerms { get; private set; }
    internal List<IReadOnlyList<string>> BigramSequences { get; } = [];

    /// <summary>Strings that probably occur where a match is (Khmer runs as typed, normalised; English stems), for placing snippets.</summary>
    internal List<string> Locators { get; } = [];

    /// <summary>Parses <paramref name="typed"/> with the index analyzer (words for text fields, bigrams for <c>.bi</c> fields).</summary>
    public static ParsedQuery Parse(string? typed, Analyzer analyzer, BigramMatch bigramMatch = DefaultBigramMatch)
    {
        string text = (typed ?? "").Trim();
        bool truncated = false;
        if (text.Length > SearchRequest.MaxTextLength)
        {
            text = text[..ClusterBoundary.Floor(text, SearchRequest.MaxTextLength)].TrimEnd();
            truncated = true;
        }
        var parsed = new ParsedQuery(text, truncated, bigramMatch);
        var all = new BooleanQuery(disableCoord: true);
        foreach (var (segment, phrase) in QuotedSegments.Split(text))
        {
            foreach (var clause in phrase ? parsed.PhraseClauses(segment, analyzer) : parsed.FreeTextClauses(segment, analyzer))
            {
                if (all.Clauses.Count >= MaxClauses) break;
                all.Add(clause, Occur.MUST);
            }
        }
        parsed.Query = all.Clauses.Count switch { 0 => null, 1 => all.Clauses[0].Query, _ => all };
        return parsed;
    }

    private IEnumerable<Query> FreeTextClauses(string segment, Analyzer analyzer)
    {
        var tokens = TokenList.Of(analyzer, SearchFields.Title, segment);
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Type != WordTokenizer.KhmerType)
            {
                WordTerms.Add(tokens[i].Term);
                NonKhmerTerms = true;
                Locators.Add(tokens[i].Term);
                yield return FieldClauses.AnyTextField(tokens[i].Term);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.Count && tokens[j].Type == WordTokenizer.KhmerType && Adjacent(segment, tokens[j - 1], tokens[j])) j++;
            string run = segment[tokens[i].Start..tokens[j - 1].End];
            Locators.Add(KhmerNormalizer.Normalize(run));
            yield return KhmerRun(run, tokens.GetRange(i, j - i), analyzer);
            i = j;
        }
    }

    private Query KhmerRun(string runText, List<AnalyzedToken> words, Analyzer analyzer)
    {
        var byWords = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            WordTerms.Add(word.Term);
            byWords.Add(FieldClauses.AnyTextField(word.Term), Occur.MUST);
        }
        var bigrams = TokenList.BigramsOf(analyzer, runText);
        if (bigrams.Count == 0) return byWords;
        BigramSequences.Add(bigrams.Select(b => b.Term).ToList());
        var run = new BooleanQuery(disableCoord: true);
        byWords.Boost = 2f;
        run.Add(byWords, Occur.SHOULD);
        run.Add(FieldClauses.BigramPhrase(bigrams, Match), Occur.SHOULD);
        return run;
    }

    private IEnumerable<Query> PhraseClauses(string segment, Analyzer analyzer)
    {
        var words = TokenList.Of(analyzer, SearchFields.Title, segment);
        if (words.Count <= 1)
        {
            foreach (var clause in FreeTextClauses(segment, analyzer)) yield return clause;
            yield break;
        }
        foreach (var word in words) WordTerms.Add(word.Term);
        NonKhmerTerms |= words.Any(w => w.Type != WordTokenizer.KhmerType);
        Locators.Add(words[0].Type == WordTokenizer.KhmerType ? KhmerNormalizer.Normalize(segment[words[0].Start..words[0].End]) : words[0].Term);
        var phrase = new BooleanQuery(disableCoord: true);
        var byWords = FieldClauses.WordPhrase(words);
        byWords.Boost = 2f;
        phrase.Add(byWords, Occur.SHOULD);
        var bigrams = TokenList.BigramsOf(analyzer, segment);
        if (bigrams.Count > 0 && words.All(w => w.Type == WordTokenizer.KhmerType))
        {
            BigramSequences.Add(bigrams.Select(b => b.Term).ToList());
            phrase.Add(FieldClauses.BigramPhrase(bigrams, Match), Occur.SHOULD);
        }
        yield return phrase;
    }

    /// <summary>Two Khmer words are one run when only invisible separators lie between them.</summary>
    private static bool Adjacent(string text, AnalyzedToken previous, AnalyzedToken next)
    {
        for (int k = previous.End; k < next.Start; k++)
        {
            if (!NormalizedText.IsInvisibleSeparator(text[k])) return false;
        }
        return true;
    }
}
