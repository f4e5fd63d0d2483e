using AiGovKh.Cms.Content;

namespace AiGovKh.Cms.Import;

/// <summary>The rules that need the whole content set: unique slugs, known organisations, existing courses, translations.</summary>
internal sealed class SetChecks(ProblemList problems, KnownContent known)
{
    public void Organisations(List<ItemDraft> drafts, IReadOnlyList<OrganisationSource> organisations)
    {
        var slugs = new HashSet<string>(known.Organisations, StringComparer.Ordinal);
        slugs.UnionWith(organisations.Select(o => o.Slug));
        foreach (var draft in drafts.Where(d => !d.Failed && !slugs.Contains(d.Fields.Organisation)))
        {
            problems.Error(draft.Fields.File, draft.Fields.LineOf("organisation"), ImportRules.UnknownOrganisation,
                $"Organisation '{draft.Fields.Organisation}' is not in {OrganisationsFile.FileName}.");
            draft.Failed = true;
        }
    }

    /// <summary>Two folders claiming one slug are both skipped: neither may silently replace the other.</summary>
    public void DuplicateSlugs(List<ItemDraft> drafts)
    {
        foreach (var group in drafts.Where(d => !d.Failed).GroupBy(d => d.Fields.Slug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var draft in group)
            {
                var others = string.Join(", ", group.Where(d => d != draft).Select(d => d.Folder + "/"));
                problems.Error(draft.Fields.File, draft.Fields.LineOf("slug"), ImportRules.DuplicateSlug,
                    $"Slug '{draft.Fields.Slug}' is also used by {others}; slugs must be unique in the hub.");
                draft.Failed = true;
            }
        }
    }

    public void Courses(List<ItemDraft> drafts)
    {
        var types = new Dictionary<string, ContentType>(known.Items, StringComparer.Ordinal);
        foreach (var draft in drafts.Where(d => !d.Failed))
        {
            types[draft.Fields.Slug] = draft.Fields.Type;
        }
        foreach (var lesson in drafts.Where(d => !d.Failed && d.Fields.Type == ContentType.Lesson))
        {
            var course = lesson.Fields.Course!;
            if (!types.TryGetValue(course, out var type))
            {
                problems.Error(lesson.Fields.File, lesson.Fields.LineOf("course"), ImportRules.MissingCourse,
                    $"The lesson's course '{course}' does not exist.");
                lesson.Failed = true;
            }
            else if (type != ContentType.Course)
            {
                problems.Error(lesson.Fields.File, lesson.Fields.LineOf("course"), ImportRules.NotACourse,
                    $"'{course}' is a {type.Key()}, not a course.");
                lesson.Failed = true;
            }
        }
        var lessons = drafts.Where(d => !d.Failed && d.Fields.Type == ContentType.Lesson);
        foreach (var group in lessons.GroupBy(d => (d.Fields.Course, d.Fields.Order)).Where(g => g.Count() > 1))
        {
            foreach (var draft in group.Skip(1))
            {
                problems.Warning(draft.Fields.File, draft.Fields.LineOf("order"), ImportRules.DuplicateOrder,
                    $"Order {draft.Fields.Order} in course '{draft.Fields.Course}' is also used by {group.First().Folder}/.");
            }
        }
    }

    public void Translations(List<ItemDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => !d.Failed))
        {
            foreach (var locale in Locales.All.Where(l => !draft.Locales.ContainsKey(l)))
            {
                problems.Warning(draft.FileOf($"{locale}.md"), null, ImportRules.MissingTranslation,
                    $"'{draft.Fields.Slug}' has no {(locale == Locales.Khmer ? "Khmer" : "English")} text; the site falls back to the other language.");
            }
            if (draft.Locales.TryGetValue(Locales.Khmer, out var km) && draft.Locales.TryGetValue(Locales.English, out var en))
            {
                var kmIds = km.Glossary.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
                var enIds = en.Glossary.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
                if (!kmIds.SetEquals(enIds))
                {
                    var missing = kmIds.Except(enIds).Select(i => $"{i} (no en)").Concat(enIds.Except(kmIds).Select(i => $"{i} (no km)"));
                    problems.Warning(km.File, null, ImportRules.GlossaryUnpaired, $"Glossary ids differ between km.md and en.md: {string.Join(", ", missing)}.");
                }
            }
        }
    }
}
