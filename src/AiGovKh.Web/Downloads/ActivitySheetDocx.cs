using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// Turns a Markdown classroom activity sheet into a DOCX that a teacher can edit and print.
/// Khmer runs are marked km-KH and set in a Khmer font, so Word and LibreOffice shape them
/// correctly and spell-check them as Khmer.
/// </summary>
public static class ActivitySheetDocx
{
    public const string KhmerFont = "Noto Sans Khmer";
    public const string LatinFont = "Noto Sans";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static byte[] Create(string title, string markdown, string locale)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids (the SDK picks random ones) keep the same sheet byte-identical.
            var main = document.AddMainDocumentPart();
            document.ChangeIdOfPart(main, "rIdMain");
            var body = new Body();
            main.Document = new Document(body);
            AddStyles(main, locale);

            body.Append(Paragraph(title, "Title"));
            foreach (var block in Markdown.Parse(markdown, Pipeline))
            {
                AppendBlock(body, block, listLevel: 0);
            }
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
        }
        return WithFixedEntryTimes(stream);
    }

    /// <summary>The packaging layer stamps parts with the current time; fix it so the same sheet gives the same bytes.</summary>
    private static byte[] WithFixedEntryTimes(MemoryStream docx)
    {
        using (var archive = new System.IO.Compression.ZipArchive(docx, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            foreach (var entry in archive.Entries)
            {
                entry.LastWriteTime = new DateTimeOffset(1981, 1, 1, 0, 0, 0, TimeSpan.Zero);
            }
        }
        return docx.ToArray();
    }

    private static void AppendBlock(Body body, Block block, int listLevel)
    {
        switch (block)
        {
            case HeadingBlock heading:
                body.Append(Paragraph(InlineText(heading.Inline), heading.Level <= 1 ? "Heading1" : "Heading2"));
                break;
            case ParagraphBlock paragraph:
                body.Append(RichParagraph(paragraph.Inline, listLevel > 0 ? "ListParagraph" : null, listLevel > 0 ? "• " : null));
                break;
            case ListBlock list:
                var number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    foreach (var child in item)
                    {
                        if (child is ParagraphBlock p)
                        {
                            var bullet = list.IsOrdered ? $"{number}. " : "• ";
                            body.Append(RichParagraph(p.Inline, "ListParagraph", bullet));
                        }
                        else
                        {
                            AppendBlock(body, child, listLevel + 1);
                        }
                    }
                    number++;
                }
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    AppendBlock(body, child, listLevel);
                }
                break;
            case ThematicBreakBlock:
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                body.Append(Paragraph(leaf.Lines.ToString(), null));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(body, child, listLevel);
                }
                break;
        }
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        foreach (var run in ScriptRuns(text, bold: false, italic: false))
        {
            paragraph.Append(run);
        }
        return paragraph;
    }

    private static Paragraph RichParagraph(ContainerInline? inline, string? style, string? prefix)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        if (prefix is not null)
        {
            paragraph.Append(ScriptRuns(prefix, false, false));
        }
        if (inline is not null)
        {
            AppendInlines(paragraph, inline, bold: false, italic: false);
        }
        return paragraph;
    }

    private static void AppendInlines(Paragraph paragraph, ContainerInline container, bool bold, bool italic)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    paragraph.Append(ScriptRuns(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    AppendInlines(paragraph, emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1);
                    break;
                case CodeInline code:
                    paragraph.Append(ScriptRuns(code.Content, bold, italic));
                    break;
                case LinkInline link:
                    AppendInlines(paragraph, link, bold, italic);
                    if (!string.IsNullOrEmpty(link.Url) && link.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        paragraph.Append(ScriptRuns($" ({link.Url})", bold, italic));
                    }
                    break;
                case LineBreakInline:
                    paragraph.Append(new Run(new Break()));
                    break;
                case ContainerInline nested:
                    AppendInlines(paragraph, nested, bold, italic);
                    break;
            }
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        if (inline is null)
        {
            return "";
        }
        foreach (var child in inline.Descendants<LiteralInline>())
        {
            builder.Append(child.Content.ToString());
        }
        foreach (var code in inline.Descendants<CodeInline>())
        {
            builder.Append(code.Content);
        }
        return builder.ToString();
    }

    /// <summary>Splits text into runs of Khmer and non-Khmer script so each gets its language and font.</summary>
    internal static IEnumerable<Run> ScriptRuns(string text, bool bold, bool italic)
    {
        var start = 0;
        while (start < text.Length)
        {
            var khmer = IsKhmer(text[start]);
            var end = start + 1;
            // Spaces and punctuation join the current run so runs stay few and words stay whole.
            while (end < text.Length && (IsKhmer(text[end]) == khmer || IsNeutral(text[end])))
            {
                end++;
            }
            yield return MakeRun(text[start..end], khmer, bold, italic);
            start = end;
        }
    }

    private static Run MakeRun(string text, bool khmer, bool bold, bool italic)
    {
        var properties = new RunProperties();
        if (khmer)
        {
            properties.Append(new RunFonts { Ascii = KhmerFont, HighAnsi = KhmerFont, ComplexScript = KhmerFont, EastAsia = KhmerFont });
        }
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        if (italic)
        {
            properties.Append(new Italic());
        }
        if (khmer)
        {
            properties.Append(new Languages { Val = "km-KH", Bidi = "km-KH" });
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static bool IsKhmer(char c) => c is >= '\u1780' and <= '\u17FF' or >= '\u19E0' and <= '\u19FF';

    private static bool IsNeutral(char c) => char.IsWhiteSpace(c) || (char.IsPunctuation(c) && !IsKhmer(c));

    private static void AddStyles(MainDocumentPart main, string locale)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var defaultLanguage = locale == "km" ? "km-KH" : "en-GB";
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, ComplexScript = KhmerFont },
                    new FontSize { Val = "24" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = defaultLanguage, Bidi = "km-KH" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    // Khmer stacks consonants below the line: give lines room (1.5 lines).
                    new SpacingBetweenLines { After = "160", Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(HeadingStyle("Title", "Title", "40"));
        styles.Append(HeadingStyle("Heading1", "heading 1", "32"));
        styles.Append(HeadingStyle("Heading2", "heading 2", "28"));
        styles.Append(new Style(
            new StyleName { Val = "List Paragraph" },
            new StyleParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        stylesPart.Styles = styles;
    }

    private static Style HeadingStyle(string id, string name, string halfPoints) =>
        new(new StyleName { Val = name },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
