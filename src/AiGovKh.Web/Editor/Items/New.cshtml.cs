using AiGovKh.Cms.Content;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Items;

/// <summary>Start a new item. Members create for their own organisation only (the field is not even offered).</summary>
public sealed class NewModel(HubDbContext db, DraftEditing drafts) : EditorPageModel
{
    [BindProperty] public string Slug { get; set; } = "";
    [BindProperty] public ContentType Type { get; set; } = ContentType.Lesson;
    [BindProperty] public int? OrganisationId { get; set; }
    [BindProperty] public string? TitleKm { get; set; }
    [BindProperty] public string? TitleEn { get; set; }

    public List<Organisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Me.IsPublisher && !Me.IsOrganisationMember) return StatusCode(StatusCodes.Status403Forbidden);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A member's organisation comes from their account, whatever the form says.
        var org = Me.IsPublisher ? OrganisationId ?? Me.OrganisationId : Me.OrganisationId;
        if (org is null)
        {
            ErrorKey = "Error.OrganisationUnknown";
            Response.StatusCode = 400;
            await LoadAsync();
            return Page();
        }
        var input = new DraftInput(new DraftTexts(TitleKm ?? "", "", "", [], []), new DraftTexts(TitleEn ?? "", "", "", [], []),
            AudienceTier.Public, [], null, null);
        var (outcome, id) = await drafts.CreateAsync(Me, new NewItem((Slug ?? "").Trim(), Type, org.Value), input);
        if (Refusal(outcome) is { } refused) return refused;
        if (!outcome.Succeeded)
        {
            await LoadAsync();
            return Page();
        }
        Notice = "Notice.Created";
        return Redirect($"/editor/items/{id}");
    }

    private async Task LoadAsync() => Organisations = await db.Organisations.OrderBy(o => o.Slug).ToListAsync();
}
