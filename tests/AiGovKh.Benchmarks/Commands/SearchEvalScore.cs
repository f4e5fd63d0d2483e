namespace AiGovKh.Benchmarks.Commands;

/// <summary>Macro-averaged ranking metrics over queries.</summary>
internal sealed class SearchEvalScore
{
    private double _p10, _r10, _p, _r, _rr;
    private int _queries, _withHits;

    public int NoHits => _queries - _withHits;
    public double PrecisionAt10 => _p10 / Math.Max(1, _queries);
    public double RecallAt10 => _r10 / Math.Max(1, _queries);
    public double Precision => _p / Math.Max(1, _withHits);
    public double Recall => _r / Math.Max(1, _queries);
    public double Mrr => _rr / Math.Max(1, _queries);

    public void Add(int[] ranked, HashSet<int> relevant)
    {
        _queries++;
        int found = 0, foundAt10 = 0, firstRank = 0;
        for (int i = 0; i < ranked.Length; i++)
        {
            if (!relevant.Contains(ranked[i])) continue;
            found++;
            if (i < 10) foundAt10++;
            if (firstRank == 0) firstRank = i + 1;
        }
        _p10 += foundAt10 / 10.0;
        _r10 += foundAt10 / (double)relevant.Count;
        _r += found / (double)relevant.Count;
        if (firstRank > 0) _rr += 1.0 / firstRank;
        if (ranked.Length > 0)
        {
            _withHits++;
            _p += found / (double)ranked.Length;
        }
    }
}
