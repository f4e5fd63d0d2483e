using System.Security;
using AiGovKh.Cms.Content;

namespace AiGovKh.Web.Site;

/// <summary>
/// OpenSearch descriptions (<c>/km/opensearch.xml</c>, <c>/en/opensearch.xml</c>) so browsers can add the
/// hub as a search engine; the layout links them with <c>rel="search"</c>.
/// </summary>
public static class SearchOpenSearch
{
    public const string ContentType = "application/opensearchdescription+xml";

    public static string Path(string locale) => $"/{locale}/opensearch.xml";

    public static IEndpointRouteBuilder MapOpenSearchDescription(this IEndpointRouteBuilder app)
    {
        app.MapGet("/{locale:locale}/opensearch.xml", (string locale, HttpRequest request) =>
                TypedResults.Text(Describe(locale, $"{request.Scheme}://{request.Host}"), ContentType))
            .WithName("OpenSearchDescription")
            .ExcludeFromDescription();
        return app;
    }

    internal static string Describe(string locale, string origin)
    {
        bool km = locale == Locales.Khmer;
        string shortName = km ? "ai.gov.kh ខ្មែរ" : "ai.gov.kh";
        string description = km
            ? "ស្វែងរកមេរៀន គោលការណ៍ណែនាំ និងយុទ្ធនាការ នៅលើមជ្ឈមណ្ឌលព័ត៌មានជាតិស្តីពីបញ្ញាសិប្បនិម្មិត"
            : "Search lessons, guidelines and campaigns on Cambodia's National AI Information Hub";
        string template = $"{origin}/{locale}/search?q={{searchTerms}}";
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
              <ShortName>{SecurityElement.Escape(shortName)}</ShortName>
              <Description>{SecurityElement.Escape(description)}</Description>
              <InputEncoding>UTF-8</InputEncoding>
              <Language>{locale}</Language>
              <Image width="16" height="16" type="image/svg+xml">{SecurityElement.Escape(origin)}/_content/AiGovKh.Themes.Default/icons/favicon.svg</Image>
              <Url type="text/html" method="get" template="{SecurityElement.Escape(template)}"/>
              <Url type="application/json" method="get" template="{SecurityElement.Escape($"{origin}/api/v1/search?q={{searchTerms}}&lang={locale}")}"/>
              <Url type="{ContentType}" rel="self" template="{SecurityElement.Escape(origin + Path(locale))}"/>
            </OpenSearchDescription>
            """;
    }
}
