using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Normalization;
using AiGovKh.Khmer.Segmentation;
using BenchmarkDotNet.Attributes;

namespace AiGovKh.Benchmarks.Micro;

/// <summary>Normalise, cluster and segment one paragraph of Khmer news-style text with numbers and Latin words (written for this project).</summary>
[MemoryDiagnoser]
public class KhmerTextBenchmarks
{
    private const string Paragraph =
        "ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍បានដាក់ចេញនូវសេចក្តីព្រាងយុទ្ធសាស្ត្រជាតិស្តីពីបញ្ញាសិប្បនិម្មិតឆ្នាំ២០២៥-២០៣០ " +
        "ដើម្បីលើកកម្ពស់ការអភិវឌ្ឍធនធានមនុស្ស ទិន្នន័យ និងហេដ្ឋារចនាសម្ព័ន្ធឌីជីថល។ គម្រោងនេះមានថវិកាប្រមាណ១០០០០០ដុល្លារ " +
        "ហើយនឹងសហការជាមួយ CADT និងសាកលវិទ្យាល័យនានា ដើម្បីបណ្តុះបណ្តាលនិស្សិតចំនួន ៥០០ នាក់ក្នុងមួយឆ្នាំ។ " +
        "ព័ត៌មានបន្ថែមមាននៅ https://ai.gov.kh ។";

    private readonly List<Range> _clusters = new(512);
    private readonly List<WordSpan> _words = new(256);
    private string _normalized = "";

    [GlobalSetup]
    public void Setup()
    {
        _normalized = KhmerNormalizer.Normalize(Paragraph);
        KhmerSegmenter.Default.Segment(_normalized, _words);
        KhmerSegmenter.DictionaryOnly.Segment(_normalized, _words);
    }

    [Benchmark]
    public string Normalize() => KhmerNormalizer.Normalize(Paragraph);

    [Benchmark]
    public string NormalizeForSearch() => KhmerNormalizer.NormalizeForSearch(Paragraph);

    [Benchmark]
    public int Clusters()
    {
        _clusters.Clear();
        KhmerClusters.Split(_normalized, _clusters);
        return _clusters.Count;
    }

    [Benchmark]
    public int Segment()
    {
        _words.Clear();
        KhmerSegmenter.Default.Segment(_normalized, _words);
        return _words.Count;
    }

    [Benchmark]
    public int SegmentDictionaryOnly()
    {
        _words.Clear();
        KhmerSegmenter.DictionaryOnly.Segment(_normalized, _words);
        return _words.Count;
    }
}
