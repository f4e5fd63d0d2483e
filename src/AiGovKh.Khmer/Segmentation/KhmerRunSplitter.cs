using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>Decides where words begin inside one run of Khmer clusters.</summary>
internal abstract class KhmerRunSplitter
{
    /// <summary>The lexicon whose alphabet numbers the cluster ids given to <see cref="Split"/>.</summary>
    public abstract KhmerLexicon Lexicon { get; }

    /// <summary>
    /// Sets <paramref name="boundaries"/>[i] to true when a word starts at cluster i (i in 1..count-1;
    /// index 0 is always a start). <paramref name="clusterHashes"/> holds <c>SequenceHash.Of</c> of each cluster;
    /// <paramref name="clusterIds"/> their ids in <see cref="Lexicon"/>'s alphabet; <paramref name="runStart"/> is the offset of <paramref name="text"/> in the segmented span.
    /// </summary>
    public abstract void Split(int runStart, ReadOnlySpan<char> text, ReadOnlySpan<Range> clusters, ReadOnlySpan<ulong> clusterHashes, ReadOnlySpan<int> clusterIds, Span<bool> boundaries);
}
