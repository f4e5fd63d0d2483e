namespace AiGovKh.Cms.Content;

/// <summary>The fields of a revision in one locale (km or en).</summary>
public class RevisionTranslation
{
    public int RevisionId { get; set; }
    public Revision Revision { get; set; } = null!;

    /// <summary>"km" or "en".</summary>
    public required string Locale { get; set; }

    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";

    /// <summary>Sanitised HTML rendered from <see cref="BodyMarkdown"/> when the revision is saved.</summary>
    public string BodyHtml { get; set; } = "";

    public List<string> Objectives { get; set; } = [];
    public List<SelfCheckQuestion> Questions { get; set; } = [];
    public List<GlossaryEntry> Glossary { get; set; } = [];

    /// <summary>Estimated reading time in minutes.</summary>
    public int ReadingMinutes { get; set; }

    /// <summary>When this locale's text last changed; compared with the sibling to flag stale translations.</summary>
    public DateTimeOffset EditedAt { get; set; }
}

public sealed record SelfCheckQuestion(string Question, string Answer);

/// <summary>A glossary term; <paramref name="Id"/> is the ASCII anchor shared by the km and en entries.</summary>
public sealed record GlossaryEntry(string Id, string Term, string Definition);
