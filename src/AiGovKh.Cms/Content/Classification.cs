namespace AiGovKh.Cms.Content;

/// <summary>
/// The classification fields of a revision (audiences, topics, course, position, licence). They are
/// edited on the draft like its texts and reach the item, which the site, API, search and sitemap
/// read, only through <see cref="Project"/> in the publish transaction.
/// </summary>
public static class Classification
{
    /// <summary>Makes <paramref name="item"/> show what <paramref name="live"/> says: called when it goes live.</summary>
    public static void Project(Revision live, ContentItem item) => Copy(live, item);

    /// <summary>
    /// Carries a classification over: from a revision into a new one, or from an item's published classification
    /// into its first revision (and, through <see cref="Project"/>, from the live revision onto the item).
    /// </summary>
    public static void Copy(IClassified from, IClassified to)
    {
        to.Audiences = from.Audiences;
        to.Topics = [.. from.Topics];
        to.CourseId = from.CourseId;
        to.Position = from.Position;
        to.License = from.License;
    }

    public static bool Same(Revision a, Revision b) =>
        a.Audiences == b.Audiences && a.Topics.SequenceEqual(b.Topics) && a.CourseId == b.CourseId
        && a.Position == b.Position && a.License == b.License;
}

/// <summary>What carries a classification: a revision (as edited and reviewed) and its item (as published).</summary>
public interface IClassified
{
    AudienceTier Audiences { get; set; }
    List<string> Topics { get; set; }
    int? CourseId { get; set; }
    int? Position { get; set; }
    string License { get; set; }
}
