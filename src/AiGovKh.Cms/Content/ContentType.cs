namespace AiGovKh.Cms.Content;

/// <summary>The kinds of item the hub holds. Stored by name, so the order here may change.</summary>
public enum ContentType
{
    Course,
    Lesson,
    Guideline,
    Campaign,
    Page,
}
