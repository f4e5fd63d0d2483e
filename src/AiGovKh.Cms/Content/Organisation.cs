namespace AiGovKh.Cms.Content;

/// <summary>A ministry, institution or partner that owns content (MPTC, MoEYS, CADT …).</summary>
public class Organisation
{
    public int Id { get; set; }

    /// <summary>Stable ASCII key, used in front matter and URLs ("mptc").</summary>
    public required string Slug { get; set; }

    public required string NameKm { get; set; }
    public required string NameEn { get; set; }
    public string? Website { get; set; }

    public string Name(string locale) => locale == Locales.Khmer ? NameKm : NameEn;
}
