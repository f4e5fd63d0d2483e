using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AiGovKh.Search.Querying;

/// <summary>A token as analysis produced it: term, absolute position, original offsets and type.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End, string Type);

internal static class TokenList
{
    /// <summary>Cluster bigrams of <paramref name="text"/> without their edge-marked copies.</summary>
    public static List<AnalyzedToken> BigramsOf(Analyzer analyzer, string text)
    {
        var tokens = Of(analyzer, SearchFields.BodyBigrams, text);
        tokens.RemoveAll(t => Analysis.ClusterBigramTokenizer.IsEdgeMarked(t.Term));
        return tokens;
    }

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="text"/> as field <paramref name="field"/>.</summary>
    public static List<AnalyzedToken> Of(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
        return tokens;
    }
}
