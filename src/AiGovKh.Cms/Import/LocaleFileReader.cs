using AiGovKh.Cms.Content;
using AiGovKh.Cms.Media;

namespace AiGovKh.Cms.Import;

/// <summary>Reads one km.md or en.md: strict UTF-8, front matter, item fields, locale fields, the media it lists.</summary>
internal sealed class LocaleFileReader(ProblemList problems, Func<ItemDraft, string, MediaRole, string, int, MediaSource?> loadMedia)
{
    public const string DefaultLicense = "CC-BY-4.0";

    private static readonly HashSet<string> ItemKeys = ["type", "slug", "organisation", "audiences", "topics", "course", "order", "license"];
    private static readonly HashSet<string> LocaleKeys = ["title", "summary", "reading_time", "objectives", "questions", "glossary", "images", "attachments"];

    /// <summary>Reads the file into the draft; returns false when the file has errors (the item is then skipped).</summary>
    public bool Read(ItemDraft draft, string path, string file, string locale)
    {
        var before = problems.ErrorCount;
        var bytes = File.ReadAllBytes(path);
        draft.FileHashes[file] = MediaStore.Sha256Hex(bytes);
        var text = SourceText.Decode(bytes, file, problems);
        var source = text is null ? null : SourceText.Split(text, file, problems);
        var matter = source is null ? null : FrontMatter.Parse(source.FrontMatter, file, problems);
        if (source is null || matter is null)
        {
            return false;
        }

        foreach (var (key, line) in matter.Keys)
        {
            if (!ItemKeys.Contains(key) && !LocaleKeys.Contains(key))
            {
                problems.Warning(file, line, ImportRules.UnknownKey, $"'{key}' is not a front-matter key of content/README.md; it is ignored.");
            }
        }

        var fields = ReadItemFields(matter);
        var localeSource = ReadLocaleFields(matter, locale, source, fields?.Type);
        if (fields is null || localeSource is null || problems.ErrorCount != before)
        {
            return false;
        }
        if (draft.Locales.Count == 0)
        {
            draft.Fields = fields;
        }
        else
        {
            foreach (var key in draft.Fields.Differences(fields))
            {
                problems.Error(file, fields.LineOf(key), ImportRules.ItemFieldsDiffer,
                    $"'{key}' differs from {draft.Fields.File}; item fields must be the same in every language.");
            }
        }
        draft.Locales[locale] = localeSource;
        ReadMediaLists(draft, matter, locale);
        return problems.ErrorCount == before;
    }

    private ItemFields? ReadItemFields(FrontMatter m)
    {
        var before = problems.ErrorCount;
        var typeText = m.RequiredText("type");
        var type = ContentType.Page;
        if (typeText is not null && !ItemPaths.TryParseType(typeText.Trim(), out type))
        {
            problems.Error(m.File, m.LineOf("type"), ImportRules.UnknownType,
                $"Unknown type '{typeText}'; use course, lesson, guideline, campaign or page.");
        }

        var slug = TextNormalization.CleanSlug(m.RequiredText("slug"));
        if (slug.Length > 0 && !Slugs.IsValid(slug))
        {
            problems.Error(m.File, m.LineOf("slug"), ImportRules.InvalidSlug,
                $"Slug '{slug}' must be ASCII a-z, 0-9 and single hyphens (at most {Slugs.MaxLength} characters).");
        }

        var organisation = TextNormalization.CleanSlug(m.RequiredText("organisation"));
        var audiences = ReadAudiences(m);
        var topics = new List<string>();
        foreach (var (value, line) in m.TextList("topics") ?? [])
        {
            var topic = TextNormalization.CleanSlug(value);
            if (!Slugs.IsValid(topic))
            {
                problems.Error(m.File, line, ImportRules.InvalidField, $"Topic '{value}' must be an ASCII key such as 'generative-ai'.");
            }
            else if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        string? course = null;
        int? order = null;
        if (type == ContentType.Lesson)
        {
            course = TextNormalization.CleanSlug(m.RequiredText("course"));
            order = m.Has("order") ? m.Integer("order") : null;
            if (!m.Has("order") && !m.HasError("order"))
            {
                problems.Error(m.File, m.LineOf("order"), ImportRules.Missing("order"), "A lesson needs 'order', its 1-based position in the course.");
            }
        }
        else if (m.Has("course") || m.Has("order"))
        {
            problems.Warning(m.File, m.LineOf(m.Has("course") ? "course" : "order"), ImportRules.InvalidField,
                "'course' and 'order' only apply to lessons; they are ignored.");
        }

        var license = m.Text("license")?.Trim() is { Length: > 0 } l ? l : DefaultLicense;
        if (problems.ErrorCount != before)
        {
            return null;
        }
        var lines = ItemKeys.ToDictionary(k => k, m.LineOf, StringComparer.Ordinal);
        return new ItemFields(type, slug, organisation, audiences, topics, course, order, license, m.File, lines);
    }

    private AudienceTier ReadAudiences(FrontMatter m)
    {
        var list = m.TextList("audiences");
        if (list is null || list.Count == 0)
        {
            if (!m.HasError("audiences"))
            {
                problems.Error(m.File, m.LineOf("audiences"), ImportRules.Missing("audiences"),
                    "The front matter has no 'audiences' (public, students, professionals, leaders, policymakers).");
            }
            return AudienceTier.None;
        }
        var tiers = AudienceTier.None;
        foreach (var (value, line) in list)
        {
            if (AudienceTiers.TryParse(value, out var tier))
            {
                tiers |= tier;
            }
            else
            {
                problems.Error(m.File, line, ImportRules.UnknownAudience,
                    $"Unknown audience '{value}'; use public, students, professionals, leaders or policymakers.");
            }
        }
        return tiers;
    }

    private LocaleSource? ReadLocaleFields(FrontMatter m, string locale, SourceText source, ContentType? type)
    {
        var before = problems.ErrorCount;
        var title = RequiredTitle(m, "title");
        var summary = RequiredTitle(m, "summary");
        var readingMinutes = m.Has("reading_time") ? m.Integer("reading_time") : null;

        var objectives = (m.TextList("objectives") ?? []).Select(o => TextNormalization.CleanTitle(o.Value)).ToList();
        var questions = new List<SelfCheckQuestion>();
        foreach (var entry in m.EntryList("questions") ?? [])
        {
            var question = entry.Required("question");
            var answer = entry.Required("answer");
            if (question is not null && answer is not null)
            {
                questions.Add(new SelfCheckQuestion(TextNormalization.CleanTitle(question), TextNormalization.Normalize(answer).Trim()));
            }
        }
        var glossary = new List<GlossaryEntry>();
        foreach (var entry in m.EntryList("glossary") ?? [])
        {
            var id = entry.Required("id");
            var term = entry.Required("term");
            var definition = entry.Required("definition");
            if (id is not null && !Slugs.IsValid(TextNormalization.CleanSlug(id)))
            {
                problems.Error(m.File, entry.Line, ImportRules.InvalidField, $"Glossary id '{id}' must be an ASCII key such as 'machine-learning'.");
            }
            else if (id is not null && term is not null && definition is not null)
            {
                glossary.Add(new GlossaryEntry(TextNormalization.CleanSlug(id), TextNormalization.CleanTitle(term), TextNormalization.Normalize(definition).Trim()));
            }
        }

        if (type == ContentType.Lesson)
        {
            if (objectives.Count == 0 && !m.HasError("objectives"))
            {
                problems.Warning(m.File, m.LineOf("objectives"), ImportRules.Missing("objectives"), "A lesson should list its learning objectives.");
            }
            if (questions.Count is < 3 or > 5 && !m.HasError("questions"))
            {
                problems.Warning(m.File, m.LineOf("questions"), ImportRules.QuestionCount,
                    $"A lesson should have 3 to 5 self-check questions; this one has {questions.Count}.");
            }
        }

        if (problems.ErrorCount != before)
        {
            return null;
        }
        return new LocaleSource(locale, m.File, title, summary, readingMinutes, objectives, questions, glossary,
            TextNormalization.Normalize(source.Body), source.BodyFirstLine);
    }

    /// <summary>A required text that must still have content once cleaned (a title of only zero-width spaces is missing).</summary>
    private string RequiredTitle(FrontMatter m, string key)
    {
        var raw = m.RequiredText(key);
        var clean = TextNormalization.CleanTitle(raw);
        if (raw is not null && clean.Length == 0)
        {
            problems.Error(m.File, m.LineOf(key), ImportRules.Missing(key), $"'{key}' is empty.");
        }
        return clean;
    }

    private void ReadMediaLists(ItemDraft draft, FrontMatter m, string locale)
    {
        foreach (var entry in m.EntryList("images") ?? [])
        {
            var name = entry.Required("file");
            if (name is null)
            {
                continue;
            }
            var media = loadMedia(draft, name, MediaRole.Image, m.File, entry.Line);
            if (media is null)
            {
                continue;
            }
            // A missing alt text is reported by the renderer, where the body actually shows the image.
            if (entry.Optional("alt") is { } alt)
            {
                media.Alt[locale] = TextNormalization.CleanTitle(alt);
            }
        }
        foreach (var entry in m.EntryList("attachments") ?? [])
        {
            var name = entry.Required("file");
            var title = entry.Required("title");
            if (name is null || title is null)
            {
                continue;
            }
            var media = loadMedia(draft, name, MediaRole.Attachment, m.File, entry.Line);
            if (media is not null)
            {
                media.Title[locale] = TextNormalization.CleanTitle(title);
            }
        }
    }
}
