using System.Text;

namespace AiGovKh.Benchmarks.Commands;

/// <summary>The development split of a segmented corpus: lines whose stable FNV-1a hash is 0 mod 10 (about 10 %).</summary>
internal static class DevSplit
{
    public static bool IsDev(string line)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(line.Trim()))
        {
            h ^= b;
            h *= 16777619;
        }
        return h % 10 == 0;
    }
}
