using System.Globalization;
using AiGovKh.Cms.Content;

namespace AiGovKh.Themes.Default.Formatting;

/// <summary>Numbers, sizes and dates as a reader of each locale expects them (Khmer digits in Khmer).</summary>
public static class Display
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(long value, string locale) => Digits(value.ToString(CultureInfo.InvariantCulture), locale);

    /// <summary>
    /// The language a short label is written in, judged by its script: "km" when Khmer letters outnumber
    /// Latin ones, "en" when Latin ones do, else <paramref name="fallback"/>. For labels stored without
    /// a language, such as an attachment title given in one locale's front matter only.
    /// </summary>
    public static string LanguageOf(string text, string fallback)
    {
        int khmer = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u1780' and <= '\u17FF') khmer++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return khmer > latin ? Locales.Khmer : latin > khmer ? Locales.English : fallback;
    }

    /// <summary>"340 KB", "1.2 MB"; with Khmer digits for km.</summary>
    public static string FileSize(long bytes, string locale)
    {
        var text = bytes switch
        {
            < 1024 => $"{bytes} B",
            < 1024 * 1024 => $"{Math.Max(1, (int)Math.Round(bytes / 1024d))} KB",
            _ => (bytes / (1024d * 1024d)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        };
        return Digits(text, locale);
    }

    /// <summary>The kind of a file in a word a reader recognises ("PDF", "Word").</summary>
    public static string FileKind(string contentType, string name)
    {
        var extension = Path.GetExtension(name).TrimStart('.').ToUpperInvariant();
        return contentType switch
        {
            "application/pdf" => "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "Word",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation" => "PowerPoint",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "Excel",
            "application/vnd.oasis.opendocument.text" => "ODT",
            _ => extension.Length > 0 ? extension : contentType,
        };
    }

    /// <summary>"26 November 2026" / "២៦ វិច្ឆិកា ២០២៦".</summary>
    public static string Date(DateTimeOffset value, string locale) => locale == Locales.Khmer
        ? Digits($"{value.Day} {KhmerMonths[value.Month - 1]} {value.Year}", locale)
        : value.ToString("d MMMM yyyy", English);

    private static readonly string[] KhmerMonths =
        ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];

    /// <summary>Replaces ASCII digits with Khmer digits (០–៩) for km.</summary>
    public static string Digits(string text, string locale)
    {
        if (locale != Locales.Khmer)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u17E0' + (c - '0')) : c;
            }
        });
    }
}
