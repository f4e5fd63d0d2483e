namespace AiGovKh.Web.Tests.Fixtures;

/// <summary>A tiny content/ folder on disk, in the format of content/README.md.</summary>
public static class ContentFolder
{
    public static void WriteOrganisations(string root) => Write(root, "organisations.yml", """
        - slug: mptc
          name_km: ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍
          name_en: Ministry of Post and Telecommunications
        """);

    public static void WritePage(string root, string slug, string titleKm, string titleEn)
    {
        Write(root, $"pages/{slug}/km.md", $"""
            ---
            type: page
            slug: {slug}
            organisation: mptc
            audiences: [public]
            title: {titleKm}
            summary: សេចក្តីសង្ខេប។
            ---
            # {titleKm}

            អត្ថបទ។
            """);
        Write(root, $"pages/{slug}/en.md", $"""
            ---
            type: page
            slug: {slug}
            organisation: mptc
            audiences: [public]
            title: {titleEn}
            summary: A summary.
            ---
            # {titleEn}

            Body text.
            """);
    }

    /// <summary>An item whose front matter is not YAML: the import reports it and skips it.</summary>
    public static void WriteBrokenItem(string root, string slug) => Write(root, $"pages/{slug}/en.md", $"""
        ---
        type: page
        slug: {slug}
        title: [unclosed
        ---
        Body.
        """);

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
