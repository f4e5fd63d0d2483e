using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// A double-array trie over cluster ids: the child of node n by cluster c sits at slot base(n) + c and
/// is really n's child when its check field names n. One step is one add and one 8-byte load, with no
/// hashing and no search; nodes are placed breadth-first, so the short prefixes that every text
/// walks through share a few cache lines. Each node carries which word lists end there.
/// </summary>
internal sealed class ClusterTrie
{
    /// <summary>Flag bits of a node: the word lists that have a word ending there, and whether any word goes on.</summary>
    public const int PrimaryWord = 1, SecondaryWord = 2, TertiaryWord = 4, HasChildren = 8;
    private const int FlagBits = 4;

    // Slot s: [2s] = base, [2s + 1] = parent slot << 4 | flags (−1 when free). Root is slot 0.
    private readonly int[] _slots;

    private ClusterTrie(int[] slots, int nodes)
    {
        _slots = slots;
        Nodes = nodes;
    }

    /// <summary>Number of nodes, the root included.</summary>
    public int Nodes { get; }

    /// <summary>Bytes held by the trie.</summary>
    public long Bytes => _slots.LongLength * sizeof(int);

    /// <summary>The root's flags (its <see cref="HasChildren"/> bit tells whether the trie is empty).</summary>
    public int RootFlags => _slots[1] & ((1 << FlagBits) - 1);

    /// <summary>
    /// The child of <paramref name="node"/> by cluster <paramref name="clusterId"/> (0 ≤ id ≤ alphabet size) as
    /// <c>child &lt;&lt; 4 | flags</c>, or −1 when no word continues that way. The root is node 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Step(int node, int clusterId)
    {
        // The array holds every slot base + id can reach (see Build), so no bounds check is needed.
        ref int slots = ref FirstSlot;
        int child = Base(ref slots, node) + clusterId;
        int entry = Entry(ref slots, child);
        return Parent(entry) == node ? (child << FlagBits) | (entry & ((1 << FlagBits) - 1)) : -1;
    }

    /// <summary>
    /// The first slot, for walks that step inline: the child of node n by id c is slot <c>Base(n) + c</c>, and it is
    /// n's child when <c>Parent(Entry(child)) == n</c>. The next step can then start from the child as soon as the base is
    /// loaded, while the parent check (a predicted branch) is still waiting for its load; <see cref="Step"/> makes
    /// the next node wait for both.
    /// </summary>
    public ref int FirstSlot => ref MemoryMarshal.GetArrayDataReference(_slots);

    /// <summary>The base of <paramref name="node"/> (see <see cref="FirstSlot"/>); every base + id indexes the array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Base(ref int slots, int node) => Unsafe.Add(ref slots, 2 * node);

    /// <summary>The entry of the node at <paramref name="slot"/>: its <see cref="Parent"/> and its flags (<see cref="PrimaryWord"/> …).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Entry(ref int slots, int slot) => Unsafe.Add(ref slots, 2 * slot + 1);

    /// <summary>The parent node named by an <see cref="Entry"/> (−1 for a free slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Parent(int entry) => entry >> FlagBits;

    /// <summary>Builds the trie of id sequences (ids 1..<paramref name="alphabetSize"/>), each with the list flags it carries.</summary>
    public static ClusterTrie Build(List<(int[] Ids, int Flags)> words, int alphabetSize)
    {
        words.Sort((a, b) => a.Ids.AsSpan().SequenceCompareTo(b.Ids));
        var builder = new Builder(alphabetSize);
        var queue = new Queue<(int Slot, int Lo, int Hi, int Depth)>();
        builder.Claim(0, -1);
        queue.Enqueue((0, 0, words.Count, 0));
        var labels = new List<int>();
        var ranges = new List<(int Lo, int Hi)>();
        int nodes = 0;
        while (queue.TryDequeue(out var node))
        {
            nodes++;
            int flags = 0, lo = node.Lo;
            // Sorted order puts the words that end at this node first.
            while (lo < node.Hi && words[lo].Ids.Length == node.Depth) flags |= words[lo++].Flags;
            labels.Clear();
            ranges.Clear();
            for (int i = lo; i < node.Hi;)
            {
                int label = words[i].Ids[node.Depth];
                int end = i + 1;
                while (end < node.Hi && words[end].Ids[node.Depth] == label) end++;
                labels.Add(label);
                ranges.Add((i, end));
                i = end;
            }
            if (labels.Count > 0) flags |= HasChildren;
            builder.SetFlags(node.Slot, flags);
            if (labels.Count == 0) continue;
            int @base = builder.FindBase(labels);
            builder.SetBase(node.Slot, @base);
            for (int k = 0; k < labels.Count; k++)
            {
                builder.Claim(@base + labels[k], node.Slot);
                queue.Enqueue((@base + labels[k], ranges[k].Lo, ranges[k].Hi, node.Depth + 1));
            }
        }
        return new ClusterTrie(builder.Finish(), nodes);
    }

    /// <summary>First-fit placement of sibling sets (as in Darts), growing the arrays as needed.</summary>
    private sealed class Builder(int alphabetSize)
    {
        private int[] _base = new int[1024];
        private int[] _check = Filled(1024);
        private int _nextFree = 1, _maxBase, _maxSlot;

        public void Claim(int slot, int parent)
        {
            Grow(slot);
            _maxSlot = Math.Max(_maxSlot, slot);
            _check[slot] = parent << FlagBits;
        }

        public void SetFlags(int slot, int flags) => _check[slot] |= flags;

        public void SetBase(int slot, int @base)
        {
            _base[slot] = @base;
            _maxBase = Math.Max(_maxBase, @base);
        }

        public int FindBase(List<int> labels)
        {
            int first = labels[0];
            int position = Math.Max(_nextFree, first) - 1;
            int occupied = 0;
            bool seenFree = false;
            while (true)
            {
                position++;
                Grow(position);
                if (_check[position] != -1) { occupied++; continue; }
                if (!seenFree) { _nextFree = position; seenFree = true; }
                int @base = position - first;
                if (@base < 0) continue;
                Grow(@base + labels[^1]);
                bool fits = true;
                for (int k = 1; k < labels.Count && fits; k++) fits = _check[@base + labels[k]] == -1;
                if (!fits) continue;
                // Skip a densely packed region for good once it is nearly full.
                if (occupied >= 0.95 * (position - _nextFree + 1)) _nextFree = position;
                return @base;
            }
        }

        public int[] Finish()
        {
            // Every base + id (id ≤ alphabet size) must index the array: Step reads without bounds checks.
            int used = Math.Max(_maxSlot + 1, _maxBase + alphabetSize + 1);
            var slots = new int[2 * used];
            for (int s = 0; s < used; s++)
            {
                bool inside = s < _check.Length;
                slots[2 * s] = inside ? _base[s] : 0;
                slots[2 * s + 1] = inside ? _check[s] : -1;
            }
            return slots;
        }

        private void Grow(int slot)
        {
            if (slot < _check.Length) return;
            int size = _check.Length;
            while (size <= slot) size *= 2;
            Array.Resize(ref _base, size);
            int old = _check.Length;
            Array.Resize(ref _check, size);
            _check.AsSpan(old).Fill(-1);
        }

        private static int[] Filled(int size)
        {
            var a = new int[size];
            a.AsSpan().Fill(-1);
            return a;
        }
    }
}
