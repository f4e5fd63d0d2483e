namespace AiGovKh.Web.Discovery;

/// <summary>Settings under <c>Discovery:</c>.</summary>
public sealed class DiscoveryOptions
{
    public const string Section = "Discovery";

    /// <summary>security.txt Contact (RFC 9116): a mailto: or https: URI.</summary>
    public string SecurityContact { get; set; } = "mailto:security@mptc.gov.kh";

    /// <summary>How many entries an Atom feed carries.</summary>
    public int FeedSize { get; set; } = 50;
}
