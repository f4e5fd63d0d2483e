using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Items;

/// <summary>Items the user may read, with their revisions, for lists and the dashboard.</summary>
public static class ItemQueries
{
    public static IQueryable<ContentItem> Readable(HubDbContext db, WorkflowUser user)
    {
        var items = db.Items.Where(i => i.DeletedAt == null);
        if (!user.IsPublisher && !user.IsAdministrator)
        {
            // Members see their own organisation only; someone with no organisation sees nothing.
            var org = user.IsOrganisationMember ? user.OrganisationId : -1;
            items = items.Where(i => i.OrganisationId == org);
        }
        return items.Include(i => i.Organisation).Include(i => i.Revisions).ThenInclude(r => r.Translations).AsSplitQuery();
    }
}
