namespace AiGovKh.Search.Querying;

/// <summary>How a Khmer run's cluster bigrams must line up with the words the segmenter found in a document.</summary>
public enum BigramMatch
{
    /// <summary>Anywhere in a run of Khmer text, even inside a longer word (highest recall).</summary>
    Anywhere,
    /// <summary>The match must begin or end where a document word begins or ends.</summary>
    EitherEdge,
    /// <summary>The match must begin at a word start and end at a word end (possibly spanning several words).</summary>
    BothEdges,
}
