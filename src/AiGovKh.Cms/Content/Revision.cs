namespace AiGovKh.Cms.Content;

/// <summary>
/// One version of an item. Immutable once submitted; holds the per-locale texts
/// (<see cref="Translations"/>), attachments, a change note and its workflow state.
/// An item has at most one draft and at most one published revision.
/// </summary>
public class Revision : IClassified
{
    public int Id { get; set; }

    public int ContentItemId { get; set; }
    public ContentItem ContentItem { get; set; } = null!;

    /// <summary>1, 2, 3 … within the item.</summary>
    public int Number { get; set; }

    public RevisionState State { get; set; }

    public string? ChangeNote { get; set; }

    /// <summary>User id of the author, or "import" for the content importer.</summary>
    public required string AuthorId { get; set; }
    public string? AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewComment { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Scheduled publish time; the revision goes live when this passes.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>Expiry: the published revision is withdrawn when this passes.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>Published by a publisher without review; flagged until someone else reviews it.</summary>
    public bool ForcePublished { get; set; }
    public string? ForceReason { get; set; }

    /// <summary>Audience tiers this version is written for; copied onto the item when it is published.</summary>
    public AudienceTier Audiences { get; set; }

    /// <summary>Topic keys (ASCII, lower case); copied onto the item when published.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>For lessons: the course this version places the lesson in; copied onto the item when published.</summary>
    public int? CourseId { get; set; }

    /// <summary>For lessons: 1-based position within the course; copied onto the item when published.</summary>
    public int? Position { get; set; }

    /// <summary>Licence of this version (SPDX-like); copied onto the item when published.</summary>
    public string License { get; set; } = "CC-BY-4.0";

    /// <summary>SHA-256 of the imported source files, so an unchanged import makes no new revision.</summary>
    public string? SourceHash { get; set; }

    /// <summary>Optimistic concurrency token; changes on every save.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<RevisionTranslation> Translations { get; set; } = [];
    public List<RevisionMedia> Media { get; set; } = [];

    public RevisionTranslation? Translation(string locale) => Translations.FirstOrDefault(t => t.Locale == locale);
}
