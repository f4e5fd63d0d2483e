using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Audit;

/// <summary>The audit log: who did what, when, to which item, from which state to which.</summary>
public sealed class IndexModel(HubDbContext db) : EditorPageModel
{
    [BindProperty(SupportsGet = true)] public int? Item { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public const int PageSize = 100;

    public List<(AuditEntry Entry, string? Slug)> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ReviewRules.CanReadAuditLog(Me)) return StatusCode(StatusCodes.Status403Forbidden);
        var query = db.AuditLog.AsQueryable();
        if (Item is not null) query = query.Where(a => a.ContentItemId == Item);
        PageNumber = Math.Max(1, PageNumber);
        var rows = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { Entry = a, Slug = db.Items.Where(i => i.Id == a.ContentItemId).Select(i => i.Slug).FirstOrDefault() })
            .ToListAsync();
        Entries = [.. rows.Select(r => (r.Entry, r.Slug))];
        return Page();
    }
}
