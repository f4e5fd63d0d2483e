using static AiGovKh.Khmer.Segmentation.BoundaryFeatures;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Precomputed sums of the weights of the boundary features whose parts are all small numbers
/// (dictionary match lengths 0–7, distance 1–6, the dictionary-path bit, a cluster class): one
/// load from a small, cache-resident table replaces several hashed weight lookups. The sums are
/// exact (the same quantised weights added in another order), so decisions do not change.
/// </summary>
internal sealed class FeatureTables
{
    private const int L = LexiconMatches.Cap + 1; // match lengths 0..Cap

    /// <summary>Index (((dp·8 + ie)·8 + istart)·8 + ispan)·8 + vspan: bias + templates 20, 22, 24, 40, 41.</summary>
    public readonly int[] Icu = new int[2 * L * L * L * L];

    /// <summary>Index ((dp·8 + ve)·8 + vs)·8 + vspan: templates 21, 23, 42.</summary>
    public readonly int[] Vocab = new int[2 * L * L * L];

    /// <summary>Index (((ve·8 + vs)·8 + vspan)·8 + ie)·8 + istart: template 25.</summary>
    public readonly short[] Combined = new short[L * L * L * L * L];

    /// <summary>Index (dist·8 + ve)·8 + vs: templates 30, 32.</summary>
    public readonly int[] Distance = new int[7 * L * L];

    /// <summary>Index dist·256 + class of the cluster after the gap: template 33.</summary>
    public readonly int[] DistanceClass = new int[7 * 256];

    public FeatureTables(SegmenterModel model)
    {
        for (ulong dp = 0; dp < 2; dp++)
        for (ulong a = 0; a < L; a++)
        for (ulong b = 0; b < L; b++)
        for (ulong c = 0; c < L; c++)
        {
            Vocab[(int)(((dp * L + a) * L + b) * L + c)] = model.Weight(K(21, a, b, c)) + model.Weight(K(23, a, b)) + model.Weight(K(42, dp, a, b, c));
            int icu = model.Weight(K(1, 0)) + model.Weight(K(20, a, b, c)) + model.Weight(K(22, a, b)) + model.Weight(K(40, dp)) + model.Weight(K(41, dp, a, b));
            for (ulong d = 0; d < L; d++) Icu[(int)((((dp * L + a) * L + b) * L + c) * L + d)] = icu + model.Weight(K(24, c, d));
        }
        for (ulong ve = 0; ve < L; ve++)
        for (ulong vs = 0; vs < L; vs++)
        for (ulong vspan = 0; vspan < L; vspan++)
        for (ulong ie = 0; ie < L; ie++)
        for (ulong istart = 0; istart < L; istart++)
        {
            Combined[(int)((((ve * L + vs) * L + vspan) * L + ie) * L + istart)] = (short)model.Weight(K(25, ve, vs, vspan, ie * 8 + istart));
        }
        for (ulong dist = 1; dist <= 6; dist++)
        {
            for (ulong a = 0; a < L; a++)
            for (ulong b = 0; b < L; b++)
            {
                Distance[(int)((dist * L + a) * L + b)] = model.Weight(K(30, dist)) + model.Weight(K(32, dist, a, b));
            }
            for (ulong c = 0; c < 256; c++) DistanceClass[(int)(dist * 256 + c)] = model.Weight(K(33, dist, c));
        }
    }
}
