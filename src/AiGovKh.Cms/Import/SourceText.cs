using System.Text;

namespace AiGovKh.Cms.Import;

/// <summary>A Markdown file split into its YAML front matter and its body, with line offsets kept.</summary>
internal sealed record SourceText(string FrontMatter, string Body, int BodyFirstLine)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strict UTF-8 (a BOM is allowed); on invalid bytes reports the line of the first one.</summary>
    public static string? Decode(byte[] bytes, string file, ProblemList problems)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return StrictUtf8.GetString(span);
        }
        var offset = FirstInvalidOffset(span);
        var line = span[..offset].Count((byte)'\n') + 1;
        problems.Error(file, line, ImportRules.InvalidUtf8,
            $"The file is not valid UTF-8 (byte 0x{span[offset]:X2} at offset {offset + (bytes.Length - span.Length)}); save it as UTF-8.");
        return null;
    }

    /// <summary>Splits <c>---</c> front matter from the body; line 1 must be <c>---</c>.</summary>
    public static SourceText? Split(string text, string file, ProblemList problems)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Error(file, 1, ImportRules.MissingFrontMatter, "The file must start with a '---' line that opens the YAML front matter.");
            return null;
        }
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new SourceText(yaml, body, i + 2);
            }
        }
        problems.Error(file, 1, ImportRules.UnclosedFrontMatter, "The front matter opened on line 1 is never closed with a '---' line.");
        return null;
    }

    private static int FirstInvalidOffset(ReadOnlySpan<byte> span)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }
            i += consumed;
        }
        return span.Length - 1;
    }
}
