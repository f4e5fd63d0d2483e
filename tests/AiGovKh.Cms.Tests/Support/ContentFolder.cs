using System.Text;

namespace AiGovKh.Cms.Tests.Support;

/// <summary>Builds a small content/ folder on disk for one test.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder()
    {
        Root = TempDirectory.Create("content");
        WriteText("organisations.yml", """
            - slug: mptc
              name_km: ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍
              name_en: Ministry of Post and Telecommunications
              website: https://mptc.gov.kh
            - slug: moeys
              name_km: ក្រសួងអប់រំ យុវជន និងកីឡា
              name_en: Ministry of Education, Youth and Sport
            """);
    }

    public string Root { get; }

    public ContentFolder WriteText(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n")));

    public ContentFolder WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public ContentFolder Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Writes km.md and en.md of an item; <paramref name="extra"/> is added to both front matters.</summary>
    public ContentFolder Item(string folder, string type, string slug, string extra = "", string kmBody = "ខ្លឹមសារ", string enBody = "Body text.")
    {
        WriteText($"{folder}/km.md", Page(type, slug, $"ចំណងជើង {slug}", "សេចក្ដីសង្ខេប។", extra, kmBody));
        WriteText($"{folder}/en.md", Page(type, slug, $"Title of {slug}", "A summary.", extra, enBody));
        return this;
    }

    public static string Page(string type, string slug, string title, string summary, string extra, string body)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append($"type: {type}\n");
        sb.Append($"slug: {slug}\n");
        sb.Append("organisation: mptc\n");
        sb.Append("audiences: [public]\n");
        sb.Append($"title: {title}\n");
        sb.Append($"summary: {summary}\n");
        if (extra.Length > 0)
        {
            sb.Append(extra.ReplaceLineEndings("\n").TrimEnd('\n')).Append('\n');
        }
        sb.Append("---\n");
        sb.Append(body);
        sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>A course and one lesson in it, with everything a lesson should have.</summary>
    public ContentFolder CourseWithLesson(string course = "ai-basics", string lesson = "what-is-ai")
    {
        Item($"courses/{course}", "course", course);
        Item($"courses/{course}/{lesson}", "lesson", lesson, LessonExtra(course, 1));
        return this;
    }

    public static string LessonExtra(string course, int order) => $"""
        course: {course}
        order: {order}
        objectives:
          - Explain what AI is.
        questions:
          - question: Q1?
            answer: A1.
          - question: Q2?
            answer: A2.
          - question: Q3?
            answer: A3.
        """;

    public void Dispose() => TempDirectory.Delete(Root);
}
