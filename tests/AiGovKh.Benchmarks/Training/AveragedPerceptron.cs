using AiGovKh.Khmer.Segmentation;

namespace AiGovKh.Benchmarks.Training;

/// <summary>
/// Binary averaged perceptron over hashed features (Collins 2002; averaging with the lazy
/// "w − u / c" trick), trained in the same hashed slots the model uses at run time. Decisions are
/// made greedily left to right, with the model's own previous decisions as history, exactly as at
/// segmentation time.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly double[] _weights = new double[1 << SegmenterModel.Bits];
    private readonly double[] _updates = new double[1 << SegmenterModel.Bits];
    private long _clock = 1;

    public (long Errors, long Decisions) Epoch(IReadOnlyList<TrainingRun> runs, Random random)
    {
        long errors = 0, decisions = 0;
        Span<ulong> keys = stackalloc ulong[BoundaryFeatures.MaxFeatures];
        foreach (int r in Order(runs.Count, random))
        {
            var run = runs[r];
            var context = run.Context();
            int since = 1;
            for (int g = 1; g < run.Hashes.Length; g++)
            {
                int n = BoundaryFeatures.Extract(in context, g, since, keys);
                double score = 0;
                for (int k = 0; k < n; k++) score += _weights[SegmenterModel.SlotOf(keys[k])];
                bool predicted = score > 0;
                int y = run.Gold[g] ? 1 : -1;
                if (predicted != run.Gold[g])
                {
                    errors++;
                    for (int k = 0; k < n; k++)
                    {
                        int slot = SegmenterModel.SlotOf(keys[k]);
                        _weights[slot] += y;
                        _updates[slot] += y * (double)_clock;
                    }
                }
                _clock++;
                decisions++;
                since = predicted ? 1 : since + 1;
            }
        }
        return (errors, decisions);
    }

    /// <summary>Averaged weights, zeroing those smaller than <paramref name="prune"/> in magnitude.</summary>
    public float[] AveragedWeights(double prune)
    {
        var result = new float[_weights.Length];
        for (int slot = 0; slot < result.Length; slot++)
        {
            double average = _weights[slot] - _updates[slot] / _clock;
            if (Math.Abs(average) >= prune) result[slot] = (float)average;
        }
        return result;
    }

    private static int[] Order(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }
}
