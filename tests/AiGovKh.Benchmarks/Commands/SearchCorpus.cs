using AiGovKh.Search.Indexing;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>
/// Synthetic bilingual documents for speed measurements: each item has a Khmer document stitched from
/// corpus sentences (words joined without spaces, as Khmer is written) and an English document stitched
/// from lines of an English text. Deterministic for a given seed.
/// </summary>
internal sealed class SearchCorpus
{
    private static readonly string[] Types = ["course", "lesson", "guideline", "campaign", "page"];
    private static readonly string[] Audiences = ["public", "students", "professionals", "leaders", "policymakers"];
    private static readonly string[] Organisations = ["mptc", "moeys", "maff", "cadt", "moh", "mef"];

    public required List<string> KhmerSentences { get; init; }
    public required List<string> EnglishSentences { get; init; }
    public required List<string> KhmerWords { get; init; }
    public required List<string> EnglishWords { get; init; }

    public static SearchCorpus Load(string goldFile, string englishFile)
    {
        var khmer = new List<string>();
        var khmerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(goldFile))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            khmer.Add(string.Concat(words));
            foreach (var w in words) if (w.Length >= 3 && w.All(c => c is >= '\u1780' and <= '\u17D3')) khmerWords.Add(w);
        }
        var english = File.ReadLines(englishFile).Select(l => l.Trim().TrimStart('#', '*', ' ')).Where(l => l.Length > 20).ToList();
        var englishWords = english.SelectMany(l => l.Split([' ', ',', '.', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter)).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        return new SearchCorpus
        {
            KhmerSentences = khmer,
            EnglishSentences = english,
            KhmerWords = khmerWords.Order(StringComparer.Ordinal).ToList(),
            EnglishWords = englishWords,
        };
    }

    /// <summary><paramref name="items"/> items, each in Khmer and English (2 × items documents).</summary>
    public IEnumerable<SearchDocument> Documents(int items, int seed = 42)
    {
        var random = new Random(seed);
        for (int i = 0; i < items; i++)
        {
            string slug = $"item-{i:D5}";
            string type = Types[i % Types.Length];
            string org = Organisations[random.Next(Organisations.Length)];
            string[] audiences = [Audiences[random.Next(Audiences.Length)], Audiences[random.Next(Audiences.Length)]];
            yield return Make(slug, "km", type, org, audiences, KhmerSentences, random, " ");
            yield return Make(slug, "en", type, org, audiences, EnglishSentences, random, " ");
        }
    }

    private static SearchDocument Make(string slug, string locale, string type, string org, string[] audiences, List<string> sentences, Random random, string joiner)
    {
        string title = sentences[random.Next(sentences.Count)];
        if (title.Length > 80) title = title[..80];
        string summary = sentences[random.Next(sentences.Count)];
        var body = string.Join(joiner, Enumerable.Range(0, 8 + random.Next(12)).Select(_ => sentences[random.Next(sentences.Count)]));
        return new SearchDocument(slug, locale, type, org, org.ToUpperInvariant(), audiences, $"/{locale}/{type}s/{slug}",
            title, summary, body, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
    }
}
