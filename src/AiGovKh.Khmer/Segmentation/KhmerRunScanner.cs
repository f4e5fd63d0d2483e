using System.Runtime.CompilerServices;
using AiGovKh.Khmer.Clusters;
using AiGovKh.Khmer.Lexicon;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// Reads one run of Khmer letters and marks into clusters, their <see cref="SequenceHash"/>es and their ids in a
/// lexicon's <see cref="ClusterAlphabet"/> in a single pass over the characters, into reusable per-thread buffers.
/// Every Khmer word character is a base or a mark, so a cluster never leaves the run; ZWJ/ZWNJ between clusters
/// are skipped, inside a cluster (before a mark) they are kept.
/// </summary>
/// <remarks>
/// The cluster rules are those of <see cref="KhmerClusters.ClusterEnd"/>, inlined so that each cluster is hashed in
/// the same pass: calling ClusterEnd and then <see cref="SequenceHash.Of"/> made clustering about 8 % slower and
/// the whole segmenter about 3 % (paired runs). KhmerRunScannerTests keeps the two equal.
/// </remarks>
internal sealed class KhmerRunScanner
{
    [ThreadStatic] private static KhmerRunScanner? t_scanner;

    private Range[] _clusters = new Range[256];
    private ulong[] _hashes = new ulong[256];
    private int[] _ids = new int[256];
    private bool[] _boundaries = new bool[257];

    /// <summary>The calling thread's scanner (its buffers are reused by the next scan on this thread).</summary>
    public static KhmerRunScanner ForThread => t_scanner ??= new KhmerRunScanner();

    /// <summary>Clusters of the last scan, relative to its start.</summary>
    public ReadOnlySpan<Range> Clusters => _clusters.AsSpan(0, Count);

    /// <summary>Hashes of the clusters of the last scan.</summary>
    public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

    /// <summary>Alphabet ids of the clusters of the last scan (0: a cluster the lexicon does not know).</summary>
    public ReadOnlySpan<int> Ids => _ids.AsSpan(0, Count);

    /// <summary>Scratch for the splitter: Count + 1 entries.</summary>
    public Span<bool> Boundaries => _boundaries.AsSpan(0, Count + 1);

    public int Count { get; private set; }

    /// <summary>Scans the run that starts at <paramref name="start"/> (a Khmer word character); returns where it ends.</summary>
    public int Scan(ReadOnlySpan<char> text, int start, ClusterAlphabet alphabet)
    {
        int count = 0, i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (!KhmerChar.IsWordChar(c))
            {
                if (c is KhmerChar.Zwj or KhmerChar.Zwnj) { i++; continue; }
                break;
            }
            int clusterStart = i;
            ulong h = SequenceHash.Offset;
            h = SequenceHash.Add(h, c);
            i++;
            if (c == KhmerChar.Coeng && i < text.Length && IsSubscriptBase(text[i])) h = SequenceHash.Add(h, text[i++]);
            while (i < text.Length)
            {
                char d = text[i];
                if (d == KhmerChar.Coeng)
                {
                    h = SequenceHash.Add(h, d);
                    i++;
                    if (i < text.Length && IsSubscriptBase(text[i])) h = SequenceHash.Add(h, text[i++]);
                }
                else if (KhmerChar.IsMark(d) || (d is KhmerChar.Zwj or KhmerChar.Zwnj && i + 1 < text.Length && KhmerChar.IsMark(text[i + 1])))
                {
                    h = SequenceHash.Add(h, d);
                    i++;
                }
                else
                {
                    break;
                }
            }
            if (count == _hashes.Length) Grow();
            _clusters[count] = new Range(clusterStart - start, i - start);
            ulong hash = SequenceHash.Mix(h);
            _hashes[count] = hash;
            _ids[count] = alphabet.IdOf(hash);
            count++;
        }
        Count = count;
        while (i > start && text[i - 1] is KhmerChar.Zwj or KhmerChar.Zwnj) i--;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSubscriptBase(char c) => KhmerChar.IsBase(c) && c != '\u17DC';

    private void Grow()
    {
        Array.Resize(ref _clusters, _clusters.Length * 2);
        Array.Resize(ref _hashes, _hashes.Length * 2);
        Array.Resize(ref _ids, _ids.Length * 2);
        _boundaries = new bool[_hashes.Length + 1];
    }
}
