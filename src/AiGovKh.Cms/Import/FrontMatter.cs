using System.Globalization;
using AiGovKh.Cms.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AiGovKh.Cms.Import;

/// <summary>
/// Typed access to one file's YAML front matter. Every read that fails reports the file, the
/// line in the file (YAML line + 1, for the opening <c>---</c>) and the rule, and returns null.
/// </summary>
internal sealed class FrontMatter
{
    private readonly YamlMappingNode _root;
    private readonly ProblemList _problems;

    private readonly int _lineOffset;

    private FrontMatter(string file, YamlMappingNode root, ProblemList problems, int lineOffset)
    {
        File = file;
        _root = root;
        _problems = problems;
        _lineOffset = lineOffset;
    }

    public string File { get; }

    /// <param name="lineOffset">Added to YAML line numbers to give file line numbers (1 for front matter after '---').</param>
    public static FrontMatter? Parse(string yaml, string file, ProblemList problems, int lineOffset = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message is { Length: > 0 } inner ? $"{e.Message} ({inner})" : e.Message).Replace("\r", "").Replace('\n', ' ');
            if (reason.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase) || reason.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            {
                reason += " A value that contains ': ' must be put in quotes.";
            }
            // The parser notices an unclosed flow list where the text ends; the author needs the line that opened it.
            var yamlLine = e.Message.Contains("flow", StringComparison.OrdinalIgnoreCase) && UnclosedBracketLine(yaml) is { } opened
                ? opened
                : (int)e.Start.Line;
            problems.Error(file, Math.Max(1, yamlLine + lineOffset), ImportRules.InvalidFrontMatter, $"The front matter is not valid YAML: {reason}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a position) on a flow list or map left open at the end.
            var line = UnclosedBracketLine(yaml);
            problems.Error(file, Math.Max(1, (line ?? 0) + lineOffset), ImportRules.InvalidFrontMatter,
                "The front matter is not valid YAML: a '[' or '{' is never closed.");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var line = stream.Documents.Count == 0 ? 1 : Math.Max(1, (int)stream.Documents[0].RootNode.Start.Line + lineOffset);
            problems.Error(file, line, ImportRules.InvalidFrontMatter, "The front matter must be a list of 'key: value' lines.");
            return null;
        }
        return new FrontMatter(file, root, problems, lineOffset);
    }

    /// <summary>The 1-based YAML line where an unbalanced '[' or '{' opens, ignoring quoted text and comments.</summary>
    private static int? UnclosedBracketLine(string yaml)
    {
        var depth = 0;
        int? opened = null;
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var quote = '\0';
            foreach (var c in lines[i])
            {
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '#')
                {
                    break;
                }
                else if (c is '[' or '{')
                {
                    opened = depth++ == 0 ? i + 1 : opened;
                }
                else if (c is ']' or '}' && depth > 0)
                {
                    depth--;
                }
            }
        }
        return depth > 0 ? opened : null;
    }

    private int FileLine(Mark mark) => Math.Max(1, (int)mark.Line + _lineOffset);

    public IEnumerable<(string Key, int Line)> Keys =>
        _root.Children.Keys.Select(k => (k is YamlScalarNode s ? s.Value ?? "" : k.ToString(), FileLine(k.Start)));

    public YamlNode? Node(string key) => _root.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public bool Has(string key) => Node(key) is { } n && !IsEmpty(n);

    /// <summary>The line of a key, or 1 (the opening <c>---</c>) when the key is absent.</summary>
    public int LineOf(string key) =>
        _root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? FileLine(node.Start) : Math.Max(1, _lineOffset);

    public int LineOf(YamlNode node) => FileLine(node.Start);

    /// <summary>A required text value; reports "missing-{key}" when absent or empty.</summary>
    public string? RequiredText(string key)
    {
        var value = Text(key);
        if (value is null && !HasError(key))
        {
            _problems.Error(File, LineOf(key), ImportRules.Missing(key), $"The front matter has no '{key}'.");
        }
        return value;
    }

    /// <summary>An optional text value; null when absent, empty, or not text (reported).</summary>
    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null || IsEmpty(node))
        {
            return null;
        }
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }
        ReportShape(key, node, "a single value");
        return null;
    }

    public int? Integer(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }
        _problems.Error(File, LineOf(key), ImportRules.InvalidField, $"'{key}' must be a whole number of 1 or more, not '{text}'.");
        _errorKeys.Add(key);
        return null;
    }

    /// <summary>A list of plain values (<c>[a, b]</c> or one per line); a single value counts as a list of one.</summary>
    public List<(string Value, int Line)>? TextList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsEmpty(scalar) ? null : [(scalar.Value!, LineOf(scalar))];
            case YamlSequenceNode sequence:
                var list = new List<(string, int)>();
                foreach (var child in sequence.Children)
                {
                    if (child is not YamlScalarNode s)
                    {
                        ReportShape(key, child, "a list of plain values");
                        return null;
                    }
                    if (!IsEmpty(s))
                    {
                        list.Add((s.Value!, LineOf(s)));
                    }
                }
                return list;
            default:
                ReportShape(key, node, "a list");
                return null;
        }
    }

    /// <summary>A list of mappings such as <c>- {question: …, answer: …}</c>; null when absent or malformed (reported).</summary>
    public List<Entry>? EntryList(string key)
    {
        var node = Node(key);
        if (node is null || IsEmpty(node))
        {
            return null;
        }
        if (node is not YamlSequenceNode sequence)
        {
            ReportShape(key, node, "a list");
            return null;
        }
        var entries = new List<Entry>();
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode mapping)
            {
                ReportShape(key, child, "a list of 'name: value' entries");
                return null;
            }
            entries.Add(new Entry(this, key, mapping));
        }
        return entries;
    }

    private readonly HashSet<string> _errorKeys = [];

    public bool HasError(string key) => _errorKeys.Contains(key);

    private void ReportShape(string key, YamlNode node, string expected)
    {
        _errorKeys.Add(key);
        _problems.Error(File, LineOf(node), ImportRules.InvalidField, $"'{key}' must be {expected}.");
    }

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode s && (string.IsNullOrWhiteSpace(s.Value) || (s.Style == ScalarStyle.Plain && s.Value is "~" or "null"));

    /// <summary>One mapping inside a list, e.g. a self-check question.</summary>
    public sealed class Entry(FrontMatter owner, string listKey, YamlMappingNode mapping)
    {
        public int Line => owner.LineOf(mapping);

        public string? Required(string key)
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !IsEmpty(s))
            {
                return s.Value;
            }
            owner._errorKeys.Add(listKey);
            owner._problems.Error(owner.File, Line, ImportRules.InvalidField, $"Each entry of '{listKey}' needs a '{key}' text.");
            return null;
        }

        public string? Optional(string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !IsEmpty(s)
                ? TextNormalization.Normalize(s.Value)
                : null;
    }
}
