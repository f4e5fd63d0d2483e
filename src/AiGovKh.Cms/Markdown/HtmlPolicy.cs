using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;

namespace AiGovKh.Cms.Markdown;

/// <summary>
/// The allow-list every rendered body passes through, raw HTML in the Markdown included.
/// Scripts, event handlers, styles other than table alignment, forms, frames and any URL
/// scheme but http, https, mailto and tel are removed. External links get rel="noopener";
/// images must come from the hub itself (no third-party trackers on government pages) and load lazily.
/// </summary>
internal sealed partial class HtmlPolicy
{
    /// <summary>Elements dropped with everything inside them; other disallowed tags keep their text.</summary>
    private static readonly string[] DeadElements =
        ["script", "style", "template", "noscript", "textarea", "title", "xmp", "iframe", "object", "embed", "svg", "math", "select", "noembed", "noframes"];

    private readonly HtmlSanitizer _sanitizer = Create();

    /// <summary>The sanitised HTML and its plain text, taken from the same parsed tree (parsing is the expensive part).</summary>
    public (string Html, string PlainText, IReadOnlyList<string> Ids) Sanitize(string html)
    {
        var parser = _sanitizer.HtmlParserFactory();
        var document = parser.ParseDocument("<!doctype html><html><body>" + html);
        var body = document.Body!;
        foreach (var element in body.QuerySelectorAll(string.Join(',', DeadElements)).ToList())
        {
            element.Remove();
        }
        _sanitizer.SanitizeDom(document, body);
        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        return (body.ChildNodes.ToHtml(_sanitizer.OutputFormatter), PlainText.FromNodes(body.ChildNodes), ids);
    }

    private static readonly string[] Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "div", "dl", "dt",
        "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd",
        "li", "mark", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "id", "class", "loading", "decoding", "width", "height", "rel", "type",
        "disabled", "checked", "colspan", "rowspan", "scope", "start", "reversed", "lang", "dir", "style", "open",
    ];

    private static readonly HashSet<string> Classes = new(StringComparer.Ordinal)
    {
        "footnotes", "footnote-ref", "footnote-back-ref", "task-list-item", "task-list-item-checkbox", "contains-task-list",
    };

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src", "cite"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.Ordinal),
        })
        {
            AllowDataAttributes = false,
            KeepChildNodes = true,
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                Tighten(element);
            }
        };
        return sanitizer;
    }

    private static void Tighten(IElement element)
    {
        FilterClasses(element);
        switch (element.LocalName)
        {
            case "a":
                var href = element.GetAttribute("href");
                if (href is not null && IsExternal(href))
                {
                    element.SetAttribute("rel", "noopener");
                }
                else
                {
                    element.RemoveAttribute("rel");
                }
                break;
            case "img":
                var src = element.GetAttribute("src");
                if (src is null || !src.StartsWith('/') || src.StartsWith("//", StringComparison.Ordinal))
                {
                    element.Remove();
                    return;
                }
                element.SetAttribute("loading", "lazy");
                element.SetAttribute("decoding", "async");
                break;
            case "input":
                if (!string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
                {
                    element.Remove();
                    return;
                }
                element.SetAttribute("disabled", "disabled");
                break;
        }
    }

    private static void FilterClasses(IElement element)
    {
        if (!element.HasAttribute("class"))
        {
            return;
        }
        var kept = element.ClassList.Where(c => Classes.Contains(c) || LanguageClass().IsMatch(c)).ToList();
        if (kept.Count == 0)
        {
            element.RemoveAttribute("class");
        }
        else
        {
            element.SetAttribute("class", string.Join(' ', kept));
        }
    }

    private static bool IsExternal(string href) =>
        href.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || href.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^language-[a-z0-9+#-]{1,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageClass();
}
