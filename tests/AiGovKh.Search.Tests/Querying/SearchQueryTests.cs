using AiGovKh.Search.Querying;
using static AiGovKh.Search.Tests.SearchTestDocuments;

namespace AiGovKh.Search.Tests.Querying;

public class SearchQueryTests
{
    private static SearchResults Search(AiGovKh.Search.Indexing.SearchIndex index, string? text, string reader = "km") =>
        index.Queries.Search(new SearchRequest(text, reader));

    [Fact]
    public void Khmer_word_inside_an_unbroken_run_is_found()
    {
        using var index = IndexOf(Km("a", "មេរៀនទី១", "ប្រទេសកម្ពុជាមានបញ្ញាសិប្បនិម្មិត"), Km("b", "ផ្សេង", "សាលារៀន"));
        var results = Search(index, "កម្ពុជា");
        Assert.Equal(SearchOutcome.Ok, results.Outcome);
        Assert.Equal(["a"], results.Hits.Select(h => h.Slug));
    }

    [Fact]
    public void Query_typed_with_zero_width_spaces_matches()
    {
        using var index = IndexOf(Km("a", "ចំណងជើង", "ប្រទេសកម្ពុជាមាន"));
        Assert.Equal(1, Search(index, "កម្ពុ\u200Bជា").Total);
    }

    [Fact]
    public void Query_in_an_older_spelling_finds_the_standard_spelling()
    {
        using var index = IndexOf(Km("a", "ចំណងជើង", "មេរៀនសម្រាប់សិស្ស"));
        Assert.Equal(1, Search(index, "សំរាប់").Total);
    }

    [Fact]
    public void English_query_matches_stemmed_forms()
    {
        using var index = IndexOf(En("a", "Machine learning basics", "Models learn from data."), En("b", "Other", "Nothing here"));
        var results = Search(index, "learned model", "en");
        Assert.Equal(["a"], results.Hits.Select(h => h.Slug));
    }

    [Theory]
    [InlineData("AI (basics")]
    [InlineData("title:AI OR +\"")]
    [InlineData("AI* ~2 ^3 [a TO b] {x} \\ / && || !")]
    [InlineData(":")]
    public void Lucene_syntax_characters_are_text_not_errors(string typed)
    {
        using var index = IndexOf(En("a", "AI basics", "About AI"));
        var results = Search(index, typed, "en");
        Assert.NotEqual(SearchOutcome.EmptyQuery, results.Outcome);
    }

    [Fact]
    public void Quoted_phrase_requires_the_words_in_order()
    {
        using var index = IndexOf(En("a", "x", "data protection law"), En("b", "y", "law on protection of data"));
        Assert.Equal(["a"], Search(index, "\"data protection\"", "en").Hits.Select(h => h.Slug));
        Assert.Equal(2, Search(index, "data protection", "en").Total);
    }

    [Fact]
    public void Empty_and_punctuation_only_queries_get_an_outcome_not_an_error()
    {
        using var index = IndexOf(En("a", "x", "y"));
        Assert.Equal(SearchOutcome.EmptyQuery, Search(index, "   ").Outcome);
        Assert.Equal(SearchOutcome.EmptyQuery, Search(index, null).Outcome);
        Assert.Equal(SearchOutcome.NoSearchableWords, Search(index, "?!  ។ the").Outcome);
    }

    [Fact]
    public void Very_long_query_is_capped_and_flagged()
    {
        using var index = IndexOf(En("a", "x", "y"));
        var results = Search(index, string.Concat(Enumerable.Repeat("កម្ពុជា ", 200)));
        Assert.True(results.Truncated);
        Assert.True(results.Query.Length <= SearchRequest.MaxTextLength);
    }

    [Fact]
    public void Facets_count_matches_and_filters_narrow_results_but_not_their_own_counts()
    {
        using var index = IndexOf(
            En("a", "AI one", "ai", type: "lesson", audiences: ["public", "students"]),
            En("b", "AI two", "ai", type: "guideline", organisation: "moeys", audiences: ["leaders"]),
            En("c", "AI three", "ai", type: "lesson", audiences: ["students"]));
        var all = Search(index, "ai", "en");
        Assert.Equal(3, all.Total);
        var types = all.Facets.Single(f => f.Field == SearchFields.Type).Values;
        Assert.Equal(2, types.Single(v => v.Value == "lesson").Count);
        Assert.Equal(1, types.Single(v => v.Value == "guideline").Count);
        Assert.Equal(2, all.Facets.Single(f => f.Field == SearchFields.Audience).Values.Single(v => v.Value == "students").Count);

        var lessons = index.Queries.Search(new SearchRequest("ai", "en") { Type = "lesson" });
        Assert.Equal(2, lessons.Total);
        Assert.All(lessons.Hits, h => Assert.Equal("lesson", h.Type));
        var lessonTypes = lessons.Facets.Single(f => f.Field == SearchFields.Type).Values;
        Assert.Equal(1, lessonTypes.Single(v => v.Value == "guideline").Count);
        Assert.True(lessonTypes.Single(v => v.Value == "lesson").Selected);
        Assert.Equal(0, lessons.Facets.Single(f => f.Field == SearchFields.Organisation).Values.SingleOrDefault(v => v.Value == "moeys")?.Count ?? 0);
    }

    [Fact]
    public void Paging_returns_disjoint_pages_and_the_total()
    {
        var docs = Enumerable.Range(0, 25).Select(i => En($"d{i}", $"AI {i}", "ai")).ToArray();
        using var index = IndexOf(docs);
        var first = index.Queries.Search(new SearchRequest("ai", "en") { Page = 1, PageSize = 10 });
        var third = index.Queries.Search(new SearchRequest("ai", "en") { Page = 3, PageSize = 10 });
        Assert.Equal(25, first.Total);
        Assert.Equal(10, first.Hits.Count);
        Assert.Equal(5, third.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Slug).Intersect(third.Hits.Select(h => h.Slug)));
        Assert.Equal(3, first.PageCount);
    }

    [Fact]
    public void Reader_language_is_preferred_between_equal_matches()
    {
        using var index = IndexOf(En("a", "AI", "AI"), Km("a", "AI", "AI"));
        Assert.Equal("km", Search(index, "AI", "km").Hits[0].Locale);
        Assert.Equal("en", Search(index, "AI", "en").Hits[0].Locale);
    }

    [Fact]
    public void Khmer_digits_in_the_query_match_ascii_digits_in_the_text()
    {
        using var index = IndexOf(En("a", "Strategy 2025", "plan"));
        Assert.Equal(1, Search(index, "២០២៥", "en").Total);
    }
}
