using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace AiGovKh.Search.Querying;

/// <summary>
/// A segment's facet ordinals per document as two flat arrays, read once from the doc values and kept
/// while the segment lives. Counting facets over thousands of hits then costs an array read per hit
/// instead of a doc-values iterator call (which made queries matching half the index slow).
/// </summary>
internal sealed class SegmentOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentOrdinals>> Cache = new();

    private readonly int[] _starts;
    private readonly int[] _ords;

    private SegmentOrdinals(int[] starts, int[] ords)
    {
        _starts = starts;
        _ords = ords;
    }

    /// <summary>The ordinals of <paramref name="field"/> in the segment of <paramref name="reader"/>, or null when it has none.</summary>
    public static SegmentOrdinals? Of(AtomicReader reader, string field, SortedSetDocValues? values)
    {
        if (values is null) return null;
        var perField = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentOrdinals>(StringComparer.Ordinal));
        if (perField.TryGetValue(field, out var cached)) return cached;
        var built = Build(reader.MaxDoc, values);
        return perField.GetOrAdd(field, built);
    }

    private static SegmentOrdinals Build(int maxDoc, SortedSetDocValues values)
    {
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long o;
            while ((o = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)o);
        }
        starts[maxDoc] = ords.Count;
        return new SegmentOrdinals(starts, ords.ToArray());
    }

    /// <summary>The ordinals of <paramref name="doc"/>.</summary>
    public ReadOnlySpan<int> Of(int doc) => _ords.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);
}
