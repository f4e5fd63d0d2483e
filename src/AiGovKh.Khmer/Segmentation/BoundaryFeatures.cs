using System.Runtime.CompilerServices;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// The context of one Khmer run that the boundary model reads: cluster hashes, and dictionary
/// matches from the ICU lexicon and from the training vocabulary.
/// </summary>
internal ref struct BoundaryContext
{
    public ReadOnlySpan<ulong> Hashes;
    public ReadOnlySpan<byte> IcuEnds, IcuStarts, IcuSpans;
    public ReadOnlySpan<byte> VocabEnds, VocabStarts, VocabSpans;
    /// <summary>Per start, the length in clusters of the longest curated term starting there (0: none).</summary>
    public ReadOnlySpan<byte> CuratedLongest;
}

/// <summary>Feature keys for the decision "does a word start at cluster g?". Shared by training and segmentation.</summary>
internal static class BoundaryFeatures
{
    public const int MaxFeatures = 11;
    internal const ulong Bos = 0x0B05UL, Eos = 0x0E05UL;

    /// <summary>
    /// Writes the feature keys for gap <paramref name="g"/> (1 ≤ g &lt; count) into <paramref name="keys"/>; returns how many:
    /// the cluster bigram and trigrams across the gap; the longest ICU-dictionary and training-vocabulary words ending at,
    /// starting at and spanning the gap, alone, together and with the cluster beside the gap; the distance to the
    /// previous boundary.
    /// </summary>
    /// <remarks>
    /// A small set, chosen on the development split for speed: the 36 templates of earlier versions (which added
    /// cluster unigrams, outer n-grams, cluster shapes and the dictionary-only path) scored about 0.2 F1 higher at
    /// more than twice the cost per gap (see Model/README.md).
    /// </remarks>
    public static int Extract(scoped in BoundaryContext context, int g, int sinceBoundary, Span<ulong> keys)
    {
        var h = context.Hashes;
        int m = h.Length;
        ulong l2 = g >= 2 ? h[g - 2] : Bos, l1 = h[g - 1];
        ulong r1 = h[g], r2 = g + 1 < m ? h[g + 1] : Eos;
        ulong ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
        ulong ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
        ulong dist = (ulong)Math.Min(sinceBoundary, 6);
        keys[0] = K(1, 0);
        keys[1] = K(7, l1, r1);
        keys[2] = K(9, l2, l1, r1);
        keys[3] = K(10, l1, r1, r2);
        keys[4] = K(20, ie, istart, ispan);
        keys[5] = K(21, ve, vs, vspan);
        keys[6] = K(25, ve, vs, vspan, ie * 8 + istart);
        keys[7] = K(26, ve, vspan, l1);
        keys[8] = K(27, vs, vspan, r1);
        keys[9] = K(30, dist);
        keys[10] = K(32, dist, ve, vs);
        return MaxFeatures;
    }

    // Multiplicative (Fibonacci) hashing: one multiply-add per part, no mixer. Cluster hashes are already
    // well mixed and the model reads the top bits of the sum, which multiplication spreads well.
    private const ulong P0 = 0x9E3779B97F4A7C15UL, P1 = 0xC2B2AE3D27D4EB4FUL, P2 = 0x165667B19E3779F9UL, P3 = 0xD6E8FEB86659FD93UL, P4 = 0xFF51AFD7ED558CCDUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong K(ulong template, ulong a) => template * P0 + a * P1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong K(ulong template, ulong a, ulong b) => template * P0 + a * P1 + b * P2;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong K(ulong template, ulong a, ulong b, ulong c) => template * P0 + a * P1 + b * P2 + c * P3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong K(ulong template, ulong a, ulong b, ulong c, ulong d) => template * P0 + a * P1 + b * P2 + c * P3 + d * P4;
}
