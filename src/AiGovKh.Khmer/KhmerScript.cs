namespace AiGovKh.Khmer;

/// <summary>Placeholder until the Khmer engine lands (issue 3).</summary>
internal static class KhmerScript
{
    public static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';
}
