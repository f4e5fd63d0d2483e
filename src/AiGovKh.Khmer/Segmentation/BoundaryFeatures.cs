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
/// <remarks>
/// The cluster n-grams are grouped by position: the unigram, bigram, trigram and skip-bigram starting at
/// cluster j each own one record of four adjacent weight slots (<see cref="Grouped"/>), one per place the
/// n-gram can take around a gap. The segmenter loads each record once per position, not once per template
/// and gap. Everything except the distance to the previous boundary is independent of earlier decisions.
/// </remarks>
internal static class BoundaryFeatures
{
    public const int MaxFeatures = 40;
    internal const ulong Bos = 0x0B05UL, Eos = 0x0E05UL;
    /// <summary>Record tags of the position-grouped n-grams.</summary>
    internal const ulong Unigram = 50, Bigram = 51, Trigram = 52, SkipBigram = 53;

    /// <summary>The hash of cluster j of a run, with <see cref="Bos"/> before it and <see cref="Eos"/> after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong At(ReadOnlySpan<ulong> hashes, int j) => j < 0 ? Bos : j >= hashes.Length ? Eos : hashes[j];

    /// <summary>The class of cluster j of a run, 99 outside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong ClassAt(ReadOnlySpan<byte> classes, int j) => (uint)j < (uint)classes.Length ? classes[j] : 99UL;

    /// <summary>Key of field <paramref name="field"/> (0–3) of the record of <paramref name="record"/>: four adjacent slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Grouped(ulong record, int field) => (record & ~(3UL << (64 - SegmenterModel.Bits))) | ((ulong)field << (64 - SegmenterModel.Bits));

    /// <summary>Record keys of the n-grams starting at cluster j.</summary>
    internal static ulong UnigramAt(ReadOnlySpan<ulong> h, int j) => K(Unigram, At(h, j));
    internal static ulong BigramAt(ReadOnlySpan<ulong> h, int j) => K(Bigram, At(h, j), At(h, j + 1));
    internal static ulong TrigramAt(ReadOnlySpan<ulong> h, int j) => K(Trigram, At(h, j), At(h, j + 1), At(h, j + 2));
    internal static ulong SkipBigramAt(ReadOnlySpan<ulong> h, int j) => K(SkipBigram, At(h, j), At(h, j + 2));

    /// <summary>Writes the feature keys for gap <paramref name="g"/> (1 ≤ g &lt; count) into <paramref name="keys"/>; returns how many.</summary>
    public static int Extract(scoped in BoundaryContext context, int g, int sinceBoundary, Span<ulong> keys)
    {
        var h = context.Hashes;
        ulong l1 = At(h, g - 1), r1 = At(h, g);
        ulong ve = context.VocabEnds[g], vs = context.VocabStarts[g], vspan = context.VocabSpans[g];
        ulong ie = context.IcuEnds[g], istart = context.IcuStarts[g], ispan = context.IcuSpans[g];
        ulong dist = (ulong)Math.Min(sinceBoundary, 6);
        ulong dp = context.DictionaryBoundaries[g] ? 1UL : 0UL;
        var c = context.Classes;
        ulong cl2 = ClassAt(c, g - 2), cl1 = ClassAt(c, g - 1), cr1 = ClassAt(c, g), cr2 = ClassAt(c, g + 1);
        int n = 0;
        // Position-grouped n-grams: field = the n-gram's place relative to the gap.
        keys[n++] = Grouped(UnigramAt(h, g - 2), 0);
        keys[n++] = Grouped(UnigramAt(h, g - 1), 1);
        keys[n++] = Grouped(UnigramAt(h, g), 2);
        keys[n++] = Grouped(UnigramAt(h, g + 1), 3);
        keys[n++] = Grouped(BigramAt(h, g - 2), 0);
        keys[n++] = Grouped(BigramAt(h, g - 1), 1 + (int)dp);
        keys[n++] = Grouped(BigramAt(h, g), 3);
        keys[n++] = Grouped(TrigramAt(h, g - 3), 0);
        keys[n++] = Grouped(TrigramAt(h, g - 2), 1);
        keys[n++] = Grouped(TrigramAt(h, g - 1), 2);
        keys[n++] = Grouped(TrigramAt(h, g), 3);
        keys[n++] = Grouped(SkipBigramAt(h, g - 2), 0);
        keys[n++] = Grouped(SkipBigramAt(h, g - 1), 1);
        // Small numbers only: summed into FeatureTables at run time.
        keys[n++] = K(1, 0);
        keys[n++] = K(20, ie, istart, ispan);
        keys[n++] = K(21, ve, vs, vspan);
        keys[n++] = K(22, ie, istart);
        keys[n++] = K(23, ve, vs);
        keys[n++] = K(24, ispan, vspan);
        keys[n++] = K(25, ve, vs, vspan, ie * 8 + istart);
        keys[n++] = K(40, dp);
        keys[n++] = K(41, dp, ie, istart);
        keys[n++] = K(42, dp, ve, vs, vspan);
        keys[n++] = K(30, dist);
        keys[n++] = K(32, dist, ve, vs);
        keys[n++] = K(33, dist, cr1);
        // A cluster with small numbers or classes: hashed.
        keys[n++] = K(15, cl1, cr1);
        keys[n++] = K(16, cl2, cl1, cr1, cr2);
        keys[n++] = K(26, ve, vspan, l1);
        keys[n++] = K(27, vs, vspan, r1);
        keys[n++] = K(28, ie, ispan, l1);
        keys[n++] = K(29, istart, ispan, r1);
        keys[n++] = DistanceKey(K(31, 0, l1), (int)dist);
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

    /// <summary>The key of template 31 (distance, l1) from its key at distance 0: the distance part is added last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong DistanceKey(ulong atZero, int dist) => atZero + (ulong)dist * P1;

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
