using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Editor.Items;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor;

/// <summary>The dashboard: my drafts, what waits for me, what went live lately, which translations are stale.</summary>
public sealed class IndexModel(HubDbContext db) : EditorPageModel
{
    public List<ContentItem> MyDrafts { get; private set; } = [];
    public List<ContentItem> AwaitingMe { get; private set; } = [];
    public List<ContentItem> RecentlyPublished { get; private set; } = [];
    public List<ContentItem> Stale { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var me = Me;
        var items = await ItemQueries.Readable(db, me).ToListAsync();
        MyDrafts = [.. items.Where(i => WorkflowItems.Pending(i) is { State: RevisionState.Draft } d && d.AuthorId == me.Id).Take(20)];
        AwaitingMe = [.. items.Where(i => WaitsFor(me, i)).Take(50)];
        RecentlyPublished = [.. items.Where(i => WorkflowItems.Published(i) is not null)
            .OrderByDescending(i => WorkflowItems.Published(i)!.PublishedAt).Take(10)];
        Stale = [.. items.Where(i => WorkflowItems.Current(i) is { } r && TranslationStatus.StaleLocales(r).Any()).Take(20)];
    }

    private static bool WaitsFor(WorkflowUser me, ContentItem item)
    {
        var pending = WorkflowItems.Pending(item);
        if (ReviewRules.CanReview(me, item.OrganisationId))
        {
            if (pending is { State: RevisionState.InReview } && pending.AuthorId != me.Id) return true;
            if (item.Revisions.Any(r => r.ForcePublished && r.ReviewedById == null)) return true;
        }
        return ReviewRules.CanPublish(me) && pending is { State: RevisionState.Approved, PublishAt: null };
    }
}
