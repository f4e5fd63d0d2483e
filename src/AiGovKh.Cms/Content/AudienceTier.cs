namespace AiGovKh.Cms.Content;

/// <summary>The five audiences of ai.gov.kh. A flag set, so one item can serve several.</summary>
[Flags]
public enum AudienceTier
{
    None = 0,
    Public = 1,
    Students = 2,
    Professionals = 4,
    Leaders = 8,
    Policymakers = 16,
}

public static class AudienceTiers
{
    public static readonly AudienceTier[] All =
        [AudienceTier.Public, AudienceTier.Students, AudienceTier.Professionals, AudienceTier.Leaders, AudienceTier.Policymakers];

    /// <summary>The URL and front-matter name of a tier: public, students, professionals, leaders, policymakers.</summary>
    public static string Key(this AudienceTier tier) => tier.ToString().ToLowerInvariant();

    public static bool TryParse(string key, out AudienceTier tier)
    {
        foreach (var t in All)
        {
            if (string.Equals(t.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                tier = t;
                return true;
            }
        }
        tier = AudienceTier.None;
        return false;
    }

    public static IEnumerable<AudienceTier> Split(this AudienceTier tiers) => All.Where(t => tiers.HasFlag(t));
}
