using AiGovKh.Web.Downloads;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AiGovKh.Web.Tests.Downloads;

public class ActivitySheetDocxTests
{
    private const string KhmerSheet = """
        # សកម្មភាពទី១៖ ស្គាល់បញ្ញាសិប្បនិម្មិត

        សិស្សធ្វើការជាក្រុម **បួននាក់** ហើយរកឧទាហរណ៍នៃ AI ក្នុងជីវិតប្រចាំថ្ងៃ។

        1. សរសេរឧទាហរណ៍បី។
        2. ពិភាក្សាអំពីហានិភ័យ។
        """;

    [Fact]
    public void Khmer_runs_are_marked_km_KH_and_set_in_a_Khmer_font()
    {
        var bytes = ActivitySheetDocx.Create("សន្លឹកសកម្មភាព", KhmerSheet, "km");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var khmerRuns = body.Descendants<Run>().Where(r => r.InnerText.Any(c => c is >= '\u1780' and <= '\u17FF')).ToList();

        Assert.NotEmpty(khmerRuns);
        Assert.All(khmerRuns, run =>
        {
            Assert.Equal("km-KH", run.RunProperties?.Languages?.Val?.Value);
            Assert.Equal(ActivitySheetDocx.KhmerFont, run.RunProperties?.RunFonts?.ComplexScript?.Value);
        });
        Assert.Contains("រកឧទាហរណ៍នៃ", body.InnerText);
        Assert.Contains("សរសេរឧទាហរណ៍បី។", body.InnerText);
    }

    [Fact]
    public void Latin_words_inside_Khmer_get_their_own_run_without_Khmer_language()
    {
        var bytes = ActivitySheetDocx.Create("t", KhmerSheet, "km");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var aiRun = document.MainDocumentPart!.Document!.Body!.Descendants<Run>().Single(r => r.InnerText.Trim() == "AI");
        Assert.Null(aiRun.RunProperties?.Languages);
    }

    [Fact]
    public void Headings_lists_and_bold_survive_the_conversion()
    {
        var bytes = ActivitySheetDocx.Create("Sheet", "# Step one\n\nWork in **pairs**.\n\n- first\n- second\n", "en");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal("Title", paragraphs[0].ParagraphProperties?.ParagraphStyleId?.Val?.Value);
        Assert.Contains(paragraphs, p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1" && p.InnerText == "Step one");
        Assert.Contains(paragraphs, p => p.InnerText == "• second");
        Assert.Contains(paragraphs.SelectMany(p => p.Descendants<Run>()), r => r.InnerText == "pairs" && r.RunProperties?.Bold is not null);
    }

    [Fact]
    public void Same_sheet_gives_the_same_bytes()
    {
        Assert.Equal(ActivitySheetDocx.Create("t", KhmerSheet, "km"), ActivitySheetDocx.Create("t", KhmerSheet, "km"));
    }

    [Fact]
    public void Empty_markdown_still_makes_a_valid_document_with_its_title()
    {
        var bytes = ActivitySheetDocx.Create("Only a title", "", "en");

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal("Only a title", document.MainDocumentPart!.Document!.Body!.InnerText);
    }
}
