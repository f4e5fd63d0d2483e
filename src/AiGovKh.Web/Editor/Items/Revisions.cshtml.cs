using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Items;

/// <summary>An item's revisions: the list, a side-by-side diff of any two, and restore-as-new-draft.</summary>
public sealed class RevisionsModel(HubDbContext db, DraftEditing drafts) : EditorPageModel
{
    [BindProperty(SupportsGet = true)] public int? A { get; set; }
    [BindProperty(SupportsGet = true)] public int? B { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public List<Revision> All { get; private set; } = [];
    public Revision? Older { get; private set; }
    public Revision? Newer { get; private set; }
    public List<FieldDiff> Diffs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, Me, id);
        if (item is null) return NotFound();
        Item = item;
        All = [.. item.Revisions.OrderByDescending(r => r.Number)];
        Newer = All.FirstOrDefault(r => r.Id == B) ?? All.FirstOrDefault();
        Older = All.FirstOrDefault(r => r.Id == A) ?? All.FirstOrDefault(r => Newer is not null && r.Number < Newer.Number);
        if (Older is not null && Newer is not null)
        {
            if (Older.Number > Newer.Number) (Older, Newer) = (Newer, Older);
            int?[] courseIds = [Older.CourseId, Newer.CourseId];
            var courses = await db.Items.Where(i => courseIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Slug);
            Diffs = RevisionDiff.Compare(Older, Newer, id => courses.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revisionId)
    {
        var outcome = await drafts.RestoreAsync(Me, id, revisionId);
        if (Refusal(outcome) is { } refused) return refused;
        if (!outcome.Succeeded)
        {
            db.ChangeTracker.Clear();
            var error = ErrorKey;
            var page = await OnGetAsync(id);
            ErrorKey = error;
            return page;
        }
        Notice = "Notice.Restored";
        return Redirect($"/editor/items/{id}");
    }
}
