namespace AiGovKh.Content.Tests;

/// <summary>
/// The items the content plan promises (three writers fill them in parallel). Links to a planned
/// item that is not written yet are reported, not failed; <see cref="CompletenessTests"/> skips
/// with the list of missing items until the set is complete, and passes once it is.
/// </summary>
internal static class PlannedContent
{
    public static readonly IReadOnlyDictionary<string, string[]> Courses = new Dictionary<string, string[]>
    {
        ["ai-for-everyone"] = ["what-is-ai", "ai-in-everyday-life", "ai-benefits-and-risks", "ai-scams-and-deepfakes", "using-ai-assistants", "your-personal-data"],
        ["ai-for-students"] = ["how-machines-learn", "studying-with-generative-ai", "checking-ai-answers", "careers-in-ai", "ai-ethics-for-students"],
        ["ai-at-work"] = ["ai-tools-at-work", "prompting-well", "privacy-at-work", "ai-in-education-and-health", "ai-in-agriculture-tourism-and-business", "ai-in-finance-and-transport"],
        ["ai-for-leaders"] = ["ai-opportunities-and-limits", "use-adapt-or-build", "data-readiness", "managing-ai-risk", "buying-ai-procurement"],
        ["ai-policy-essentials"] = ["cambodia-ai-strategy", "six-strategic-priorities", "ai-governance-and-ethics", "ai-readiness-assessment", "incidents-and-sandboxes"],
    };

    public static readonly string[] Guidelines = ["responsible-ai-in-digital-government", "generative-ai-at-work-public-sector", "ai-in-the-classroom"];
    public static readonly string[] Campaigns = ["national-ai-literacy-campaign", "national-ai-forum"];
    public static readonly string[] Pages = ["about", "accessibility", "privacy", "glossary"];

    public static IEnumerable<string> AllSlugs =>
        Courses.Keys.Concat(Courses.Values.SelectMany(l => l)).Concat(Guidelines).Concat(Campaigns).Concat(Pages);

    public static bool IsPlanned(string slug) => AllSlugs.Contains(slug, StringComparer.Ordinal);
}
