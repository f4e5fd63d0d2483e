using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Workflow;

/// <summary>
/// A translation is stale when the other locale was edited after it and nobody has updated
/// or confirmed it since. Both locales are stamped in <see cref="RevisionTranslation.EditedAt"/>.
/// </summary>
public static class TranslationStatus
{
    public static bool IsStale(Revision revision, string locale)
    {
        var mine = revision.Translation(locale);
        var other = revision.Translation(Locales.Other(locale));
        return mine is not null && other is not null && other.EditedAt > mine.EditedAt;
    }

    public static bool IsMissing(Revision revision, string locale) =>
        revision.Translation(locale) is not { Title.Length: > 0 };

    /// <summary>The locales of <paramref name="revision"/> that are stale, for lists and the dashboard.</summary>
    public static IEnumerable<string> StaleLocales(Revision revision) => Locales.All.Where(l => IsStale(revision, l));
}
