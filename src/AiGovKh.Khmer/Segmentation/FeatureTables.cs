using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Precomputed sums of the weights of the boundary features whose parts are all small numbers
/// (dictionary match lengths 0–7, distance 1–6): one load from a cache-resident table replaces
/// several hashed weight lookups and their hashing. The sums are exact (the same quantised weights added in another
/// order), so decisions do not change.
/// </summary>
internal sealed class FeatureTables
{
    private const int L = LexiconMatches.Cap + 1; // match lengths 0..Cap

    /// <summary>Index (ie·8 + istart)·8 + ispan: bias + template 20.</summary>
    public readonly int[] Icu = new int[L * L * L];

    /// <summary>Index (((ve·8 + vs)·8 + vspan)·8 + ie)·8 + istart: templates 21 and 25.</summary>
    public readonly int[] Vocab = new int[L * L * L * L * L];

    /// <summary>Index (dist·8 + ve)·8 + vs: templates 30, 32.</summary>
    public readonly int[] Distance = new int[7 * L * L];

    public FeatureTables(SegmenterModel model)
    {
        for (ulong a = 0; a < L; a++)
        for (ulong b = 0; b < L; b++)
        for (ulong c = 0; c < L; c++)
        {
            int i = (int)((a * L + b) * L + c);
            Icu[i] = model.Weight(K(1, 0)) + model.Weight(K(20, a, b, c));
            for (ulong d = 0; d < L; d++)
            for (ulong e = 0; e < L; e++)
            {
                Vocab[(int)(((ulong)i * L + d) * L + e)] = model.Weight(K(21, a, b, c)) + model.Weight(K(25, a, b, c, d * 8 + e));
            }
        }
        for (ulong dist = 1; dist <= 6; dist++)
        for (ulong a = 0; a < L; a++)
        for (ulong b = 0; b < L; b++)
        {
            Distance[(int)((dist * L + a) * L + b)] = model.Weight(K(30, dist)) + model.Weight(K(32, dist, a, b));
        }
    }
}
