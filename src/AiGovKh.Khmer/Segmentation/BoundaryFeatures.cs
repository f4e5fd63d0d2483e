using System.Runtime.CompilerServices;
using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// The context of one Khmer run that the boundary model reads: cluster hashes and classes, and
/// dictionary matches from the ICU lexicon and from the training vocabulary.
/// </summary>
internal ref struct BoundaryContext
{
    public ReadOnlySpan<ulong> Hashes;
    /// <summary>Cluster ids in the lexicon's alphabet (0: a cluster no dictionary word holds).</summary>
    public ReadOnlySpan<int> Ids;
    public ReadOnlySpan<byte> Classes;
    public ReadOnlySpan<byte> IcuEnds, IcuStarts, IcuSpans;
    public ReadOnlySpan<byte> VocabEnds, VocabStarts, VocabSpans;
    /// <summary>Where the dictionary-only segmenter starts words.</summary>
    public ReadOnlySpan<bool> DictionaryBoundaries;
    /// <summary>Per start, the length in clusters of the longest curated term starting there (0: none).</summary>
    public ReadOnlySpan<byte> CuratedLongest;
}

/// <summary>Feature keys for the decision "does a word start at cluster g?". Shared by training and segmentation.</summary>
internal static class BoundaryFeatures
{
    public const int MaxFeatures = 40;
    internal const ulong Bos = 0x0B05UL, Eos = 0x0E05UL;

    /// <summary>
    /// Writes the feature keys for gap <paramref name="g"/> (1 ≤ g &lt; count) into <paramref name="keys"/>; returns how many.
    /// Stage 0 gives the strongest features (dictionary matches, the n-grams across the gap), stage 1 the rest:
    /// when stage 0 alone is decisive the segmenter skips stage 1.
    /// </summary>
    public static int Extract(scoped in BoundaryContext context, int g, int sinceBoundary, Span<ulong> keys, int stage)
    {
        var h = context.Hashes;
        int m = h.Length;
        ulong l2 = g >= 2 ? h[g - 2] : Bos, l1 = h[g - 1];
        ulong r1 = h[g], r2 = g + 1 < m ? h[g + 1] : Eos;
        ulong ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
        ulong ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
        ulong dist = (ulong)Math.Min(sinceBoundary, 6);
        int n = 0;
        if (stage == 0)
        {
            keys[n++] = K(1, 0);
            keys[n++] = K(7, l1, r1);
            keys[n++] = K(9, l2, l1, r1);
            keys[n++] = K(10, l1, r1, r2);
            keys[n++] = K(20, ie, istart, ispan);
            keys[n++] = K(21, ve, vs, vspan);
            keys[n++] = K(25, ve, vs, vspan, ie * 8 + istart);
            keys[n++] = K(26, ve, vspan, l1);
            keys[n++] = K(27, vs, vspan, r1);
            keys[n++] = K(30, dist);
            keys[n++] = K(32, dist, ve, vs);
            ulong dp = context.DictionaryBoundaries[g] ? 1UL : 0UL;
            keys[n++] = K(40, dp);
            keys[n++] = K(41, dp, ie, istart);
            keys[n++] = K(42, dp, ve, vs, vspan);
            keys[n++] = K(43, dp, l1, r1);
            return n;
        }
        ulong l3 = g >= 3 ? h[g - 3] : Bos, r3 = g + 2 < m ? h[g + 2] : Eos;
        ulong cl2 = g >= 2 ? context.Classes[g - 2] : 99UL, cl1 = context.Classes[g - 1], cr1 = context.Classes[g];
        ulong cr2 = g + 1 < m ? context.Classes[g + 1] : 99UL;
        keys[n++] = K(2, l1);
        keys[n++] = K(3, r1);
        keys[n++] = K(4, l2);
        keys[n++] = K(5, r2);
        keys[n++] = K(6, l2, l1);
        keys[n++] = K(8, r1, r2);
        keys[n++] = K(11, l3, l2, l1);
        keys[n++] = K(12, r1, r2, r3);
        keys[n++] = K(13, l2, r1);
        keys[n++] = K(14, l1, r2);
        keys[n++] = K(15, cl1, cr1);
        keys[n++] = K(16, cl2, cl1, cr1, cr2);
        keys[n++] = K(17, l1, cr1);
        keys[n++] = K(18, cl1, r1);
        keys[n++] = K(22, ie, istart);
        keys[n++] = K(23, ve, vs);
        keys[n++] = K(24, ispan, vspan);
        keys[n++] = K(28, ie, ispan, l1);
        keys[n++] = K(29, istart, ispan, r1);
        keys[n++] = K(31, dist, l1);
        keys[n++] = K(33, dist, cr1);
        return n;
    }

    /// <summary>Coarse shape of a cluster: what starts it and which kinds of marks it carries.</summary>
    public static byte Classify(ReadOnlySpan<char> cluster)
    {
        int flags = 0;
        for (int i = 1; i < cluster.Length; i++)
        {
            int offset = cluster[i] - '\u1780';
            if ((uint)offset < (uint)MarkFlags.Length) flags |= MarkFlags[offset];
        }
        return (byte)((int)KhmerChar.Kind(cluster[0]) * 16 + flags);
    }

    // Per Khmer code point: the shape bit its presence sets (coeng 1, dependent vowel 2, sign or robat 4, register shifter 8).
    private static ReadOnlySpan<byte> MarkFlags => s_markFlags;
    private static readonly byte[] s_markFlags = BuildMarkFlags();

    private static byte[] BuildMarkFlags()
    {
        var table = new byte[0x80];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = KhmerChar.Kind((char)('\u1780' + i)) switch
            {
                KhmerCharKind.Coeng => 1,
                KhmerCharKind.DependentVowel => 2,
                KhmerCharKind.Sign or KhmerCharKind.Robat => 4,
                KhmerCharKind.RegisterShifter => 8,
                _ => 0,
            };
        }
        return table;
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
