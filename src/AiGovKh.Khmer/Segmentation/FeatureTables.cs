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

    /// <summary>Stage 0, index ((dp·8 + ie)·8 + istart)·8 + ispan: bias + templates 20, 40, 41.</summary>
    public readonly int[] Icu0 = new int[2 * L * L * L];

    /// <summary>Stage 0, index ((dp·8 + ve)·8 + vs)·8 + vspan: templates 21, 42.</summary>
    public readonly int[] Vocab0 = new int[2 * L * L * L];

    /// <summary>Stage 0, index (dist·8 + ve)·8 + vs: templates 30, 32.</summary>
    public readonly int[] Distance0 = new int[7 * L * L];

    /// <summary>Stage 1, index ((ie·8 + istart)·8 + ispan)·8 + vspan: templates 22, 24.</summary>
    public readonly int[] Icu1 = new int[L * L * L * L];

    /// <summary>Stage 1, index ve·8 + vs: template 23.</summary>
    public readonly int[] Vocab1 = new int[L * L];

    /// <summary>Stage 1, index dist·256 + class of the cluster after the gap: template 33.</summary>
    public readonly int[] DistanceClass1 = new int[7 * 256];

    public FeatureTables(SegmenterModel model)
    {
        for (ulong dp = 0; dp < 2; dp++)
        for (ulong a = 0; a < L; a++)
        for (ulong b = 0; b < L; b++)
        for (ulong c = 0; c < L; c++)
        {
            int i = (int)(((dp * L + a) * L + b) * L + c);
            Icu0[i] = model.Weight(K(1, 0)) + model.Weight(K(20, a, b, c)) + model.Weight(K(40, dp)) + model.Weight(K(41, dp, a, b));
            Vocab0[i] = model.Weight(K(21, a, b, c)) + model.Weight(K(42, dp, a, b, c));
        }
        for (ulong dist = 1; dist <= 6; dist++)
        {
            for (ulong a = 0; a < L; a++)
            for (ulong b = 0; b < L; b++)
            {
                Distance0[(int)((dist * L + a) * L + b)] = model.Weight(K(30, dist)) + model.Weight(K(32, dist, a, b));
            }
            for (ulong c = 0; c < 256; c++) DistanceClass1[(int)(dist * 256 + c)] = model.Weight(K(33, dist, c));
        }
        for (ulong a = 0; a < L; a++)
        for (ulong b = 0; b < L; b++)
        {
            Vocab1[(int)(a * L + b)] = model.Weight(K(23, a, b));
            for (ulong c = 0; c < L; c++)
            for (ulong d = 0; d < L; d++)
            {
                Icu1[(int)(((a * L + b) * L + c) * L + d)] = model.Weight(K(22, a, b)) + model.Weight(K(24, c, d));
            }
        }
    }
}
