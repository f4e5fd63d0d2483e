namespace AiGovKh.Cms.Content;

/// <summary>
/// The classification fields of a revision (audiences, topics, course, position, licence). They are
/// edited on the draft like its texts and reach the item, which the site, API, search and sitemap
/// read, only through <see cref="Project"/> in the publish transaction.
/// </summary>
public static class Classification
{
    /// <summary>Makes <paramref name="item"/> show what <paramref name="live"/> says: called when it goes live.</summary>
    public static void Project(Revision live, ContentItem item)
    {
        item.Audiences = live.Audiences;
        item.Topics = [.. live.Topics];
        item.CourseId = live.CourseId;
        item.Position = live.Position;
        item.License = live.License;
    }

    /// <summary>Carries the classification of <paramref name="from"/> into a new revision.</summary>
    public static void Copy(Revision from, Revision to)
    {
        to.Audiences = from.Audiences;
        to.Topics = [.. from.Topics];
        to.CourseId = from.CourseId;
        to.Position = from.Position;
        to.License = from.License;
    }

    /// <summary>The item's published classification as the starting point of a revision (an item with no earlier revision).</summary>
    public static void Copy(ContentItem from, Revision to)
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
