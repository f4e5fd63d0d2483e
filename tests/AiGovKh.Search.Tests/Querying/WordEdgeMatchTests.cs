using AiGovKh.Search.Querying;
using static AiGovKh.Search.Tests.SearchTestDocuments;

namespace AiGovKh.Search.Tests.Querying;

/// <summary>
/// A Khmer word's cluster bigrams must line up with the words the segmenter found (the edge-marked
/// bigram terms), unless nothing lines up; "សាកលវិទ្យាល័យ" (university) is one word that contains
/// "វិទ្យាល័យ" (high school).
/// </summary>
public class WordEdgeMatchTests
{
    private static IEnumerable<string> Slugs(AiGovKh.Search.Indexing.SearchIndex index, string text) =>
        index.Queries.Search(new SearchRequest(text, "km")).Hits.Select(h => h.Slug).Order();

    [Fact]
    public void A_word_inside_a_longer_word_is_not_a_match_when_the_word_itself_occurs()
    {
        using var index = IndexOf(Km("a", "មេរៀន", "សិស្សទៅវិទ្យាល័យរាល់ថ្ងៃ"), Km("b", "មេរៀន", "គាត់រៀននៅសាកលវិទ្យាល័យ"));
        Assert.Equal(["a"], Slugs(index, "វិទ្យាល័យ"));
        Assert.Equal(["b"], Slugs(index, "សាកលវិទ្យាល័យ"));
    }

    [Fact]
    public void A_word_found_only_inside_longer_words_is_still_found()
    {
        using var index = IndexOf(Km("b", "មេរៀន", "គាត់រៀននៅសាកលវិទ្យាល័យ"), Km("c", "មេរៀន", "សិស្សរៀនភាសា"));
        Assert.Equal(["b"], Slugs(index, "វិទ្យាល័យ"));
    }
}
