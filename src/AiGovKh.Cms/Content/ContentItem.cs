namespace AiGovKh.Cms.Content;

/// <summary>
/// The stable identity of a piece of material. Everything that is edited lives on its
/// <see cref="Revision"/>s; the item holds only what must not change between revisions
/// or is needed to list and route items without loading a revision. Its classification
/// (audiences, topics, course, position, licence) is the <em>published projection</em>: the
/// publish transaction copies it from the live revision (<see cref="Classification"/>), so an
/// edit in a draft never reaches the public site before review.
/// </summary>
public class ContentItem : IClassified
{
    public int Id { get; set; }

    /// <summary>Stable ASCII slug, unique across the hub; the item's URL and API key.</summary>
    public required string Slug { get; set; }

    public ContentType Type { get; set; }

    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;

    public AudienceTier Audiences { get; set; }

    /// <summary>Topic keys (ASCII, lower case), for filters and related material.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>For lessons: the course they belong to.</summary>
    public int? CourseId { get; set; }
    public ContentItem? Course { get; set; }

    /// <summary>For lessons: 1-based position within the course.</summary>
    public int? Position { get; set; }

    /// <summary>Licence of the material (SPDX-like), CC-BY-4.0 unless the item says otherwise.</summary>
    public string License { get; set; } = "CC-BY-4.0";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Soft delete: a deleted item keeps its history but is gone from every public surface.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public List<Revision> Revisions { get; set; } = [];
    public List<ContentItem> Lessons { get; set; } = [];
}
