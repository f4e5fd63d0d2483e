using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AiGovKh.Search.Querying;

/// <summary>
/// Counts facet values over the matching documents and applies the facet filters in one pass.
/// Counts are "drill-sideways": a dimension's counts ignore that dimension's own filter, so a reader
/// who picked "lesson" still sees how many guidelines there are. Documents that pass every filter go
/// on to <paramref name="results"/>.
/// </summary>
internal sealed class FacetingCollector(ICollector results, IReadOnlyList<(string Field, string? Selected)> dimensions) : ICollector
{
    private readonly Dictionary<string, int>[] _counts = dimensions.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[dimensions.Count];
    private readonly SegmentOrdinals?[] _ordinals = new SegmentOrdinals?[dimensions.Count];
    private readonly long[] _selectedOrd = new long[dimensions.Count];
    private int[][] _segmentCounts = new int[dimensions.Count][];
    private readonly BytesRef _scratch = new();

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => results.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (int d = 0; d < dimensions.Count; d++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(dimensions[d].Field);
            _values[d] = values;
            _ordinals[d] = SegmentOrdinals.Of(context.AtomicReader, dimensions[d].Field, values);
            _segmentCounts[d] = values is null ? [] : new int[values.ValueCount];
            _selectedOrd[d] = dimensions[d].Selected is { } selected && values is not null
                ? values.LookupTerm(new BytesRef(selected))
                : -1;
        }
        results.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        int failures = 0, failed = -1;
        for (int d = 0; d < dimensions.Count; d++)
        {
            if (dimensions[d].Selected is null) continue;
            if (!Has(d, doc, _selectedOrd[d]))
            {
                failures++;
                failed = d;
                if (failures > 1) return;
            }
        }
        if (failures == 0)
        {
            results.Collect(doc);
            for (int d = 0; d < dimensions.Count; d++) Count(d, doc);
        }
        else
        {
            Count(failed, doc);
        }
    }

    private bool Has(int dimension, int doc, long ord)
    {
        var ordinals = _ordinals[dimension];
        if (ordinals is null || ord < 0) return false;
        return ordinals.Of(doc).Contains((int)ord);
    }

    private void Count(int dimension, int doc)
    {
        var ordinals = _ordinals[dimension];
        if (ordinals is null) return;
        var counts = _segmentCounts[dimension];
        foreach (int o in ordinals.Of(doc)) counts[o]++;
    }

    private void FlushSegment()
    {
        for (int d = 0; d < dimensions.Count; d++)
        {
            var values = _values[d];
            var counts = _segmentCounts[d];
            if (values is null || counts is null) continue;
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, _scratch);
                string key = _scratch.Utf8ToString();
                _counts[d][key] = _counts[d].GetValueOrDefault(key) + counts[ord];
            }
            _values[d] = null;
            _ordinals[d] = null;
        }
    }

    /// <summary>The counts per dimension, most frequent first; call after the search.</summary>
    public IReadOnlyList<Facet> Facets()
    {
        FlushSegment();
        var facets = new List<Facet>(dimensions.Count);
        for (int d = 0; d < dimensions.Count; d++)
        {
            var (field, selected) = dimensions[d];
            if (selected is not null && !_counts[d].ContainsKey(selected)) _counts[d][selected] = 0;
            var values = _counts[d]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new FacetValue(kv.Key, kv.Value, kv.Key == selected))
                .ToList();
            facets.Add(new Facet(field, selected, values));
        }
        return facets;
    }
}
