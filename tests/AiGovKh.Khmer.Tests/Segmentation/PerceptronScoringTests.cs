using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Lexicon;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Khmer.Tests.Segmentation;

/// <summary>
/// The segmenter's fast scoring (precomputed table sums, two passes, sliding n-gram window, curated-term
/// filter) must decide exactly like the plain sum of the weights of the feature keys training uses.
/// </summary>
public class PerceptronScoringTests
{
    [Theory]
    [InlineData("ការអភិវឌ្ឍបញ្ញាសិប្បនិម្មិតនៅកម្ពុជាត្រូវការទិន្នន័យភាសាខ្មែរដែលមានគុណភាពខ្ពស់")]
    [InlineData("រាជរដ្ឋាភិបាលកម្ពុជាបានអនុម័តយុទ្ធសាស្ត្រជាតិស្តីពីបញ្ញាសិប្បនិម្មិតឆ្នាំ២០២៥")]
    [InlineData("ម៉ាស៊ីនរៀនសូត្រនិងការរៀនស៊ីជម្រៅគឺជាផ្នែកមួយនៃបញ្ញាសិប្បនិម្មិត")]
    [InlineData("ក")]
    public void Fast_scoring_decides_every_gap_like_the_plain_feature_sum(string raw)
    {
        var model = KhmerSegmenter.Default.Model ?? throw new InvalidOperationException("The embedded model is missing.");
        string text = KhmerNormalizer.Normalize(raw);
        var ranges = new List<Range>();
        KhmerClusters.Split(text, ranges);
        var clusters = ranges.ToArray();
        var hashes = clusters.Select(r => SequenceHash.Of(text.AsSpan()[r])).ToArray();

        var ids = hashes.Select(model.Lexicon.Alphabet.IdOf).ToArray();
        var fast = new bool[clusters.Length + 1];
        new PerceptronRunSplitter(model).Split(0, text, clusters, hashes, ids, fast);

        var expected = ReferenceBoundaries(model, text, clusters, hashes, ids);
        Assert.Equal(expected, fast[..clusters.Length]);
    }

    private static bool[] ReferenceBoundaries(SegmenterModel model, string text, Range[] clusters, ulong[] hashes, int[] ids)
    {
        var splitter = new PerceptronRunSplitter(model);
        var context = new RunAnalysis().Analyse(hashes, ids, model.Lexicon);
        var boundaries = new bool[clusters.Length];
        boundaries[0] = true;
        int since = 1;
        for (int g = 1; g < clusters.Length; g++)
        {
            boundaries[g] = splitter.ReferenceScore(in context, g, since) > 0;
            since = boundaries[g] ? 1 : since + 1;
        }
        ReferenceKeepCuratedTermsWhole(text, clusters, boundaries);
        return boundaries;
    }

    // The curated-term pass with a plain string lookup of every candidate term.
    private static void ReferenceKeepCuratedTermsWhole(string text, Range[] clusters, bool[] boundaries)
    {
        var curated = KhmerLexicon.Curated;
        for (int i = 0; i < clusters.Length; i++)
        {
            if (!boundaries[i]) continue;
            int longest = 0;
            for (int j = i; j < clusters.Length; j++)
            {
                if (curated.Contains(text[clusters[i].Start.Value..clusters[j].End.Value])) longest = j + 1 - i;
            }
            if (longest < 2) continue;
            for (int g = i + 1; g < i + longest; g++) boundaries[g] = false;
            i += longest - 1;
        }
    }
}
