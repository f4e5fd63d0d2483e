namespace AiGovKh.Cms.Workflow;

/// <summary>The verbs of the audit log.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Save = "save";
    public const string Submit = "submit";
    public const string Approve = "approve";
    public const string Return = "return";
    public const string Publish = "publish";
    public const string ForcePublish = "force-publish";
    public const string Unpublish = "unpublish";
    public const string Archive = "archive";
    public const string Restore = "restore";
    public const string Import = "import";
    public const string Delete = "delete";
}
