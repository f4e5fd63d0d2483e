using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Editor.Items;

/// <summary>All items the user may see, filtered by type, audience, organisation, state and language, searchable by title.</summary>
public sealed class IndexModel(HubDbContext db, IOptions<EditorOptions> options) : EditorPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public ContentType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public AudienceTier? Audience { get; set; }
    [BindProperty(SupportsGet = true)] public int? Org { get; set; }
    [BindProperty(SupportsGet = true)] public RevisionState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Lang { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public List<ContentItem> Items { get; private set; } = [];
    public List<Organisation> Organisations { get; private set; } = [];
    public int Total { get; private set; }
    public int PageSize => options.Value.PageSize;

    public async Task OnGetAsync()
    {
        Organisations = await db.Organisations.OrderBy(o => o.Slug).ToListAsync();
        var query = ItemQueries.Readable(db, Me);
        if (Type is not null) query = query.Where(i => i.Type == Type);
        if (Org is not null) query = query.Where(i => i.OrganisationId == Org);
        var all = await query.ToListAsync();

        IEnumerable<ContentItem> filtered = all;
        if (Audience is { } tier and not AudienceTier.None) filtered = filtered.Where(i => (WorkflowItems.Current(i)?.Audiences ?? i.Audiences).HasFlag(tier));
        if (State is not null) filtered = filtered.Where(i => WorkflowItems.Current(i)?.State == State);
        if (Lang is "km" or "en") filtered = filtered.Where(i => WorkflowItems.Current(i) is { } r && !TranslationStatus.IsMissing(r, Lang));
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            filtered = filtered.Where(i => i.Slug.Contains(q, StringComparison.OrdinalIgnoreCase)
                || (WorkflowItems.Current(i)?.Translations.Any(t => t.Title.Contains(q, StringComparison.OrdinalIgnoreCase)) ?? false));
        }
        var list = filtered.OrderByDescending(i => i.UpdatedAt).ToList();
        Total = list.Count;
        PageNumber = Math.Max(1, PageNumber);
        Items = [.. list.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }
}
