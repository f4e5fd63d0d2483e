using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Lexicon;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

/// <summary>
/// The segmenter's one-pass run scanner must give the same clusters, hashes and ids as <see cref="KhmerClusters"/>,
/// <see cref="SequenceHash.Of"/> and the alphabet on the run, invisible joiners between clusters dropped.
/// </summary>
public class KhmerRunScannerTests
{
    [Theory]
    [InlineData("បញ្ញាសិប្បនិម្មិត")]
    [InlineData("ក្សត្រិយ៍ស្ត្រី")]                 // two subscripts, robat-like signs
    [InlineData("ក\u200Dា")]                        // ZWJ before a vowel stays in the cluster
    [InlineData("ក\u200Cក")]                        // ZWNJ between clusters is dropped
    [InlineData("ក\u200C")]                         // trailing ZWNJ is not part of the run
    [InlineData("ា់ក")]                             // marks with no base form a cluster of their own
    [InlineData("ក្")]                              // trailing coeng
    [InlineData("ក្ៜ")]                             // coeng before avakrahasanya keeps no subscript
    [InlineData("្ក")]                              // lone coeng at the start takes its letter
    [InlineData("កខគ abc")]                        // the run ends at the space
    [InlineData("ភាសា១២៣")]                         // and at a digit
    public void Gives_the_clusters_and_hashes_of_the_cluster_splitter(string text)
    {
        var scanner = new KhmerRunScanner();
        var alphabet = KhmerLexicon.Icu.Alphabet;
        int end = scanner.Scan(text, 0, alphabet);

        int expectedEnd = 0;
        while (expectedEnd < text.Length && (KhmerChar.IsWordChar(text[expectedEnd]) || text[expectedEnd] is KhmerChar.Zwj or KhmerChar.Zwnj)) expectedEnd++;
        while (expectedEnd > 0 && text[expectedEnd - 1] is KhmerChar.Zwj or KhmerChar.Zwnj) expectedEnd--;
        var ranges = new List<Range>();
        KhmerClusters.Split(text.AsSpan(0, expectedEnd), ranges);
        var expected = ranges.Where(r => !(r.GetOffsetAndLength(expectedEnd).Length == 1 && KhmerChar.IsInvisible(text[r.Start.Value]))).ToArray();

        Assert.Equal(expectedEnd, end);
        Assert.Equal(expected, scanner.Clusters.ToArray());
        var hashes = expected.Select(r => SequenceHash.Of(text.AsSpan()[r])).ToArray();
        Assert.Equal(hashes, scanner.Hashes.ToArray());
        Assert.Equal(hashes.Select(alphabet.IdOf).ToArray(), scanner.Ids.ToArray());
    }

    [Fact]
    public void Grows_for_a_run_longer_than_its_buffers_and_is_reused_for_a_short_one()
    {
        string longRun = string.Concat(Enumerable.Repeat("កា", 1000));
        var scanner = new KhmerRunScanner();
        scanner.Scan(longRun, 0, KhmerLexicon.Icu.Alphabet);
        Assert.Equal(1000, scanner.Count);
        Assert.Equal(1001, scanner.Boundaries.Length);
        scanner.Scan("កា", 0, KhmerLexicon.Icu.Alphabet);
        Assert.Equal(1, scanner.Count);
        Assert.Equal(SequenceHash.Of("កា"), scanner.Hashes[0]);
        Assert.NotEqual(0, scanner.Ids[0]);
    }
}
