using System.Runtime.CompilerServices;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// Stable 64-bit hashes of clusters. They never change between runs or machines, so models can
/// build their feature keys from them.
/// </summary>
internal static class SequenceHash
{
    /// <summary>The FNV-1a offset basis: the state before the first code unit.</summary>
    public const ulong Offset = 0xCBF29CE484222325UL;

    /// <summary>FNV-1a over the UTF-16 code units, finished with a mixer.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text) h = Add(h, c);
        return Mix(h);
    }

    /// <summary>One FNV-1a step: the state after code unit <paramref name="c"/> (finish with <see cref="Mix"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, char c) => (h ^ c) * 0x100000001B3UL;

    /// <summary>SplitMix64 finaliser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
