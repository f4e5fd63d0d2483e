using AiGovKh.Cms.Content;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AiGovKh.Cms.Markdown;

/// <summary>
/// Renders a revision's Markdown to sanitised HTML, once, when the revision is saved.
/// CommonMark plus pipe tables, footnotes, task lists, bare-URL autolinks, <c>{#id}</c> attributes
/// and heading ids; <c>item:slug#anchor</c> links and image file names are resolved through
/// the <see cref="MarkdownContext"/>; every problem is reported with its line. Thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    public const string ItemScheme = "item:";

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseGenericAttributes() // must come last: it reads attributes other extensions leave behind
        .Build();

    private readonly HtmlPolicy _policy = new();

    public RenderedMarkdown Render(string markdown, MarkdownContext context)
    {
        var document = Markdig.Markdown.Parse(TextNormalization.Normalize(markdown), _pipeline);
        var problems = new List<MarkdownProblem>();
        var itemLinks = new List<ItemLink>();
        var images = new List<string>();

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage)
            {
                ResolveImage(link, context, problems, images);
            }
            else
            {
                ResolveLink(link, context, problems, itemLinks);
            }
        }
        HeadingIds.Assign(document);

        var (html, plain, ids) = _policy.Sanitize(ToHtml(document));
        return new RenderedMarkdown(html, plain, ReadingTime.Minutes(plain), problems, itemLinks.Select(l => l.Slug).Distinct().ToList(), images)
        {
            Links = itemLinks,
            Ids = ids,
        };
    }

    private string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static void ResolveLink(LinkInline link, MarkdownContext context, List<MarkdownProblem> problems, List<ItemLink> itemLinks)
    {
        var url = link.Url?.Trim() ?? "";
        var line = link.Line + 1;
        if (url.StartsWith(ItemScheme, StringComparison.OrdinalIgnoreCase))
        {
            var (slug, anchor) = SplitItemLink(url[ItemScheme.Length..]);
            if (!Slugs.IsValid(slug))
            {
                problems.Add(new(line, MarkdownRules.InvalidItemLink, $"'{url}' is not a valid item link; write item:<slug> or item:<slug>#<anchor>."));
                Unwrap(link);
                return;
            }
            itemLinks.Add(new ItemLink(slug, anchor, line));
            var path = context.ResolveItem?.Invoke(slug, context.Locale);
            if (path is null)
            {
                problems.Add(new(line, MarkdownRules.UnresolvedItemLink, $"The link points to item '{slug}', which does not exist.", slug));
                Unwrap(link);
                return;
            }
            link.Url = anchor is null ? path : $"{path}#{anchor}";
            return;
        }
        if (IsUnsafeScheme(url))
        {
            problems.Add(new(line, MarkdownRules.UnsafeLink, $"The link '{Shorten(url)}' uses a scheme that is not allowed; it was removed."));
            Unwrap(link);
        }
    }

    private static void ResolveImage(LinkInline image, MarkdownContext context, List<MarkdownProblem> problems, List<string> images)
    {
        var url = image.Url?.Trim() ?? "";
        var line = image.Line + 1;
        var name = Uri.UnescapeDataString(url);
        if (name.Length == 0 || name.Contains(':', StringComparison.Ordinal) || name.Contains('/') || name.Contains('\\'))
        {
            problems.Add(new(line, MarkdownRules.ExternalImage, $"The image '{Shorten(url)}' must be a file beside the Markdown, named by its file name."));
            Unwrap(image);
            return;
        }
        images.Add(name);
        var resolved = context.ResolveImage?.Invoke(name, context.Locale);
        if (resolved is null)
        {
            problems.Add(new(line, MarkdownRules.MissingImage, $"The image '{name}' is not a media file of this item.", name));
            Unwrap(image);
            return;
        }
        image.Url = resolved.Url;
        if (image.FirstChild is null)
        {
            if (string.IsNullOrWhiteSpace(resolved.Alt))
            {
                problems.Add(new(line, MarkdownRules.MissingAlt, $"The image '{name}' has no alt text in '{context.Locale}'.", name));
            }
            else
            {
                image.AppendChild(new LiteralInline(resolved.Alt));
            }
        }
        var attributes = image.GetAttributes();
        if (resolved.Width is { } width && resolved.Height is { } height)
        {
            attributes.AddPropertyIfNotExist("width", width.ToString(System.Globalization.CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static (string Slug, string? Anchor) SplitItemLink(string rest)
    {
        var hash = rest.IndexOf('#', StringComparison.Ordinal);
        var slug = TextNormalization.CleanSlug(hash < 0 ? rest : rest[..hash]);
        var anchor = hash < 0 ? null : rest[(hash + 1)..];
        return (slug, string.IsNullOrEmpty(anchor) ? null : anchor);
    }

    private static bool IsUnsafeScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        var scheme = new string(url[..colon].Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && scheme.ToLowerInvariant() is not ("http" or "https" or "mailto" or "tel");
    }

    /// <summary>Replaces a link by its content, keeping the text readable.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
