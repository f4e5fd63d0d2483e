using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace AiGovKh.Search.Analysis;

/// <summary>The analyzers of the hub's index, shared by indexing and querying.</summary>
public static class HubAnalyzers
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words: Khmer segmented by AiGovKh.Khmer, English lower-cased, stop words removed, Porter-stemmed.</summary>
    public static Analyzer Words() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>Khmer cluster bigrams (<see cref="ClusterBigramTokenizer"/>).</summary>
    public static Analyzer ClusterBigrams(bool markWordEdges = true) => Analyzer.NewAnonymous((_, reader) =>
        new TokenStreamComponents(new ClusterBigramTokenizer(reader, markWordEdges)));

    /// <summary>The per-field analyzer of the index: bigram fields get bigrams, text fields get words.</summary>
    public static Analyzer ForIndex() => PerField(ClusterBigrams());

    /// <summary>As <see cref="ForIndex"/> without word-edge markers: cheaper, for finding what to highlight.</summary>
    public static Analyzer ForHighlighting() => PerField(ClusterBigrams(markWordEdges: false));

    private static Analyzer PerField(Analyzer bigrams)
    {
        var fields = new Dictionary<string, Analyzer>();
        foreach (var field in SearchFields.BigramFields) fields[field] = bigrams;
        return new PerFieldAnalyzerWrapper(Words(), fields);
    }
}
