using System.Globalization;
using AiGovKh.Cms.Content;
using AiGovKh.Cms.Markdown;
using AiGovKh.Cms.Storage;
using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Editor.Checks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AiGovKh.Web.Editor.Items;

/// <summary>
/// Edit an item: Khmer and English side by side, preview, writing checks, and the workflow
/// actions its state and the user's role allow. Every handler is authorised again on the server.
/// </summary>
public sealed class EditModel(HubDbContext db, DraftEditing drafts, ReviewService review, PublicationDesk desk,
    WritingChecks writingChecks, RevisionRenderer renderer) : EditorPageModel
{
    /// <summary>Cambodia has one time zone and no daylight saving; schedule times are entered in it.</summary>
    public static readonly TimeSpan Cambodia = TimeSpan.FromHours(7);

    [BindProperty]
    public DraftForm Form { get; set; } = new();

    [BindProperty] public string? ChangeNote { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? PublishAt { get; set; }
    [BindProperty] public string? ExpiresAt { get; set; }

    public ContentItem Item { get; private set; } = null!;
    public Organisation Organisation { get; private set; } = null!;
    public Revision? Current { get; private set; }
    public Revision? Live { get; private set; }
    public Revision? Theirs { get; private set; }
    public List<WritingCheck> Checks { get; private set; } = [];
    public string? PreviewKm { get; private set; }
    public string? PreviewEn { get; private set; }
    public List<(int Id, string Title)> Courses { get; private set; } = [];

    public bool CanEdit => ReviewRules.CanWrite(Me, Item.OrganisationId) && Current?.State is not (RevisionState.InReview or RevisionState.Approved);
    public bool CanSubmit => ReviewRules.CanWrite(Me, Item.OrganisationId) && Current?.State == RevisionState.Draft;
    public bool CanReviewNow => ReviewRules.CanReview(Me, Item.OrganisationId) && Current?.State == RevisionState.InReview;
    public bool CanReturnNow => (ReviewRules.CanReview(Me, Item.OrganisationId) || ReviewRules.CanPublish(Me)) && Current?.State is RevisionState.InReview or RevisionState.Approved;
    public bool CanPublishNow => ReviewRules.CanPublish(Me) && Current?.State == RevisionState.Approved;
    public bool CanForce => ReviewRules.CanPublish(Me) && Current?.State is RevisionState.Draft or RevisionState.InReview or RevisionState.Approved;
    public bool CanWithdraw => ReviewRules.CanPublish(Me);
    public Revision? ForcedUnreviewed => Item.Revisions.Where(r => r.ForcePublished && r.ReviewedById == null).MaxBy(r => r.Number);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Form = DraftForm.From(Item, Current);
        Checks = await writingChecks.RunAsync(Form.ToInput(), Current);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        var outcome = await drafts.SaveAsync(Me, id, Form.BaseVersion, Form.ToInput());
        if (outcome.Succeeded)
        {
            Notice = "Notice.Saved";
            return RedirectToPage(new { id });
        }
        return await ShowAgainAsync(id, outcome);
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var input = DraftValidation.Clean(Form.ToInput());
        // The same pipeline (Markdig + sanitiser) and the same link and image resolution as the public site.
        var media = Current is null ? [] : await db.RevisionMedia.Include(m => m.MediaAsset).Where(m => m.RevisionId == Current.Id).ToListAsync();
        PreviewKm = (await renderer.PreviewAsync(input.Khmer.BodyMarkdown, Locales.Khmer, media)).Html;
        PreviewEn = (await renderer.PreviewAsync(input.English.BodyMarkdown, Locales.English, media)).Html;
        Checks = await writingChecks.RunAsync(input, Current);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(int id) => ActAsync(id, () => review.SubmitAsync(Me, id, ChangeNote), "Notice.Submitted");
    public Task<IActionResult> OnPostApproveAsync(int id) => ActAsync(id, () => review.ApproveAsync(Me, id, Comment), "Notice.Approved");
    public Task<IActionResult> OnPostReturnAsync(int id) => ActAsync(id, () => review.ReturnAsync(Me, id, Comment), "Notice.Returned");
    public Task<IActionResult> OnPostConfirmReviewAsync(int id) => ActAsync(id, () => review.ConfirmForcedAsync(Me, id), "Notice.ReviewConfirmed");
    public Task<IActionResult> OnPostForceAsync(int id) => ActAsync(id, () => desk.ForcePublishAsync(Me, id, Reason), "Notice.Published");
    public Task<IActionResult> OnPostUnpublishAsync(int id) => ActAsync(id, () => desk.UnpublishAsync(Me, id), "Notice.Unpublished");
    public Task<IActionResult> OnPostArchiveAsync(int id) => ActAsync(id, () => desk.ArchiveAsync(Me, id), "Notice.Archived");

    public Task<IActionResult> OnPostPublishAsync(int id)
    {
        if (!TryParseLocal(PublishAt, out var at) || !TryParseLocal(ExpiresAt, out var expires))
            return ShowAgainAsync(id, WorkflowOutcome.Invalid("Error.DateInvalid"));
        return ActAsync(id, () => desk.PublishAsync(Me, id, at, expires), at is null ? "Notice.Published" : "Notice.Scheduled");
    }

    private async Task<IActionResult> ActAsync(int id, Func<Task<WorkflowOutcome>> action, string notice)
    {
        var outcome = await action();
        if (!outcome.Succeeded) return await ShowAgainAsync(id, outcome);
        Notice = notice;
        return RedirectToPage(new { id });
    }

    /// <summary>Re-shows the page after a refusal, keeping everything the user typed.</summary>
    private async Task<IActionResult> ShowAgainAsync(int id, WorkflowOutcome outcome)
    {
        db.ChangeTracker.Clear();
        if (Refusal(outcome) is { } result) return result;
        if (!await LoadAsync(id)) return NotFound();
        if (outcome.Error == WorkflowError.Conflict)
        {
            // Both versions stay: theirs is in the database and shown beside the form, ours stays in the form.
            // Saving again now is a deliberate choice to replace theirs.
            Theirs = Current;
            Form.BaseVersion = Current?.Version ?? Guid.Empty;
            ModelState.Remove("Form.BaseVersion");
        }
        Checks = await writingChecks.RunAsync(DraftValidation.Clean(Form.ToInput()), Current);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var item = await WorkflowItems.LoadReadableAsync(db, Me, id);
        if (item is null) return false;
        Item = item;
        Organisation = await db.Organisations.FirstAsync(o => o.Id == item.OrganisationId);
        Current = WorkflowItems.Current(item);
        Live = WorkflowItems.Published(item);
        if (item.Type == ContentType.Lesson)
        {
            var courses = await db.Items.Where(i => i.Type == ContentType.Course && i.DeletedAt == null)
                .Include(i => i.Revisions).ThenInclude(r => r.Translations).ToListAsync();
            Courses = [.. courses.Where(c => ReviewRules.CanRead(Me, c.OrganisationId))
                .Select(c => (c.Id, Title: ItemTitle.Of(c, EditorCulture.Current)))];
        }
        return true;
    }

    private static bool TryParseLocal(string? value, out DateTimeOffset? at)
    {
        at = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        at = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Cambodia);
        return true;
    }
}
