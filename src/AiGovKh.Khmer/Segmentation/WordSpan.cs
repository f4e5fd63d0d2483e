namespace AiGovKh.Khmer.Segmentation;

/// <summary>A word found by <see cref="KhmerSegmenter"/>: a range of the segmented span, no string allocated.</summary>
/// <param name="Start">Offset of the first UTF-16 code unit in the span that was segmented.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Kind">What the word holds.</param>
public readonly record struct WordSpan(int Start, int Length, WordKind Kind)
{
    /// <summary>Offset just after the word.</summary>
    public int End => Start + Length;

    /// <summary>The word as a range, for slicing the segmented span.</summary>
    public Range Range => new(Start, Start + Length);
}
