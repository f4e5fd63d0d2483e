using AiGovKh.Cms.Workflow;
using AiGovKh.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiGovKh.Web.Editor;

/// <summary>What every editor page shares: the signed-in user as the workflow sees them, and outcome handling.</summary>
public abstract class EditorPageModel : PageModel
{
    /// <summary>Roles and organisation from the authenticated cookie, never from the request body.</summary>
    public WorkflowUser Me => User.ToWorkflowUser();

    /// <summary>A message key to show at the top of the page after a redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    public string? ErrorKey { get; set; }

    /// <summary>
    /// Maps a refused action to a response: 404 for items the user may not see, 403 for actions
    /// their role does not allow; other refusals re-show the page with the message (and the input).
    /// </summary>
    protected IActionResult? Refusal(WorkflowOutcome outcome)
    {
        switch (outcome.Error)
        {
            case WorkflowError.None:
                return null;
            case WorkflowError.NotFound:
                return NotFound();
            case WorkflowError.Forbidden when outcome.MessageKey == "Error.Forbidden":
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                ErrorKey = outcome.MessageKey;
                Response.StatusCode = outcome.Error == WorkflowError.Conflict ? StatusCodes.Status409Conflict
                    : outcome.Error == WorkflowError.Forbidden ? StatusCodes.Status403Forbidden
                    : StatusCodes.Status400BadRequest;
                return null;
        }
    }
}
