using System.Runtime.CompilerServices;

namespace AiGovKh.Khmer.Lexicon;

/// <summary>
/// Stable 64-bit hashes of clusters. They never change between runs or machines, so models can
/// build their feature keys from them.
/// </summary>
internal static class SequenceHash
{
    /// <summary>FNV-1a over the UTF-16 code units, finished with a mixer.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in text)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h);
    }

    /// <summary>SplitMix64 finaliser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
