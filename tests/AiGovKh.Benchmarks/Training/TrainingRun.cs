using AiGovKh.Khmer.Lexicon;
using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Training;

/// <summary>One Khmer run of a training sentence: its precomputed boundary context and the gold word starts.</summary>
internal sealed class TrainingRun
{
    public required ulong[] Hashes { get; init; }
    public required byte[] Icu { get; init; }
    public required byte[] Vocab { get; init; }
    public required bool[] Gold { get; init; }

    public BoundaryContext Context()
    {
        int stride = Hashes.Length + 1;
        return new BoundaryContext
        {
            Hashes = Hashes,
            IcuEnds = Icu.AsSpan(0, stride), IcuStarts = Icu.AsSpan(stride, stride), IcuSpans = Icu.AsSpan(2 * stride, stride),
            VocabEnds = Vocab.AsSpan(0, stride), VocabStarts = Vocab.AsSpan(stride, stride), VocabSpans = Vocab.AsSpan(2 * stride, stride),
        };
    }
}

/// <summary>
/// Collects the Khmer runs the segmenter would see, by running <see cref="KhmerSegmenter"/>'s own
/// pre-tokeniser with this splitter in place of a model.
/// </summary>
internal sealed class RunCollector(KhmerLexicon lexicon) : KhmerRunSplitter
{
    private readonly RunAnalysis _analysis = new();
    public HashSet<int> GoldStarts { get; } = [];
    public List<TrainingRun> Runs { get; } = [];
    public override KhmerLexicon Lexicon => CurrentLexicon;

    /// <summary>ICU words (primary) and the vocabulary this sentence may see (secondary).</summary>
    public KhmerLexicon CurrentLexicon { get; set; } = lexicon;

    public override void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, ReadOnlySpan<int> clusterIds, Span<bool> boundaries)
    {
        var context = _analysis.Analyse(clusterHashes, clusterIds, CurrentLexicon);
        int count = clusters.Length;
        var gold = new bool[count];
        for (int i = 0; i < count; i++) gold[i] = i == 0 || GoldStarts.Contains(runStart + clusters[i].Start.Value);
        int stride = count + 1;
        var icu = new byte[3 * stride];
        context.IcuEnds.CopyTo(icu);
        context.IcuStarts.CopyTo(icu.AsSpan(stride));
        context.IcuSpans.CopyTo(icu.AsSpan(2 * stride));
        var vocab = new byte[3 * stride];
        context.VocabEnds.CopyTo(vocab);
        context.VocabStarts.CopyTo(vocab.AsSpan(stride));
        context.VocabSpans.CopyTo(vocab.AsSpan(2 * stride));
        Runs.Add(new TrainingRun { Hashes = clusterHashes.ToArray(), Icu = icu, Vocab = vocab, Gold = gold });
        boundaries[..count].Clear();
    }
}
