using AiGovKh.Cms.Content;
using AiGovKh.Cms.Workflow;

namespace AiGovKh.Web.Editor.Items;

/// <summary>An item's title for lists: the current revision's, in the UI language if it has one.</summary>
public static class ItemTitle
{
    public static string Of(ContentItem item, string locale)
    {
        var rev = WorkflowItems.Current(item);
        return Of(rev, locale) ?? item.Slug;
    }

    public static string? Of(Revision? rev, string locale)
    {
        var t = rev?.Translation(locale);
        if (t is { Title.Length: > 0 }) return t.Title;
        var other = rev?.Translation(Locales.Other(locale));
        return other is { Title.Length: > 0 } ? other.Title : null;
    }
}
