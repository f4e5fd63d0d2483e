using System.Text;

namespace AiGovKh.Khmer.Segmentation;

/// <summary>
/// The development split of a segmented corpus used to tune and check the model: lines whose stable
/// FNV-1a hash (UTF-8 of the trimmed line) is 0 mod 10, about 10 %. Training uses every other line.
/// </summary>
internal static class DevelopmentSplit
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
