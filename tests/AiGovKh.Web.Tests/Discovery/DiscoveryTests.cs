using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AiGovKh.Web.Tests.Api;
using AiGovKh.Web.Tests.Fixtures;

namespace AiGovKh.Web.Tests.Discovery;

public sealed class DiscoveryTests(ApiHub hub) : IClassFixture<ApiHub>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private async Task<string> GetTextAsync(string path, string mediaType)
    {
        var client = await hub.CreateApiClientAsync();
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Sitemap_is_valid_against_the_sitemaps_org_schema_with_hreflang_alternates()
    {
        var xml = await GetTextAsync("/sitemap.xml", "application/xml");
        var schemas = new XmlSchemaSet();
        schemas.Add("http://www.sitemaps.org/schemas/sitemap/0.9", XmlReader.Create(new StringReader(SitemapSchema.Xsd)));
        var document = XDocument.Parse(xml);
        var errors = new List<string>();
        document.Validate(schemas, (_, e) => errors.Add(e.Message));
        Assert.Empty(errors);

        var urls = document.Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        foreach (var slug in ApiHub.Live)
        {
            Assert.Contains(locs, l => l.EndsWith("/" + slug, StringComparison.Ordinal) && l.Contains("/km/", StringComparison.Ordinal));
            Assert.Contains(locs, l => l.EndsWith("/" + slug, StringComparison.Ordinal) && l.Contains("/en/", StringComparison.Ordinal));
        }
        Assert.All(urls, u => Assert.Equal(["km", "en", "x-default"], u.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value)));
        foreach (var hidden in ApiHub.NotLive)
        {
            Assert.DoesNotContain(hidden, xml);
        }
    }

    [Fact]
    public async Task Robots_names_the_sitemap()
    {
        var robots = await GetTextAsync("/robots.txt", "text/plain");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /editor", robots);
    }

    [Theory]
    [InlineData("km", TestContent.CourseTitleKm)]
    [InlineData("en", TestContent.CourseTitleEn)]
    public async Task Atom_feed_per_locale_parses_and_lists_only_published_items(string locale, string courseTitle)
    {
        var xml = await GetTextAsync($"/{locale}/feed.atom", "application/atom+xml");
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal(locale, feed.Language);
        Assert.Contains(feed.Items, i => i.Title.Text == courseTitle);
        Assert.Equal(ApiHub.Live.Length, feed.Items.Count());
        foreach (var hidden in ApiHub.NotLive)
        {
            Assert.DoesNotContain(hidden, xml);
        }
        Assert.DoesNotContain(ApiHub.SecretTitle, xml);
    }

    [Fact]
    public async Task Security_txt_has_contact_runtime_expiry_and_languages()
    {
        var text = await GetTextAsync("/.well-known/security.txt", "text/plain");
        var fields = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(": ", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.StartsWith("mailto:", fields["Contact"]);
        var expires = DateTimeOffset.Parse(fields["Expires"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddYears(1));
        Assert.Equal("km, en", fields["Preferred-Languages"]);
    }

    [Theory]
    [InlineData("/en/lessons/" + TestContent.Lesson1, "LearningResource")]
    [InlineData("/km/courses/" + TestContent.Course, "Course")]
    public async Task Course_and_lesson_pages_carry_json_ld_and_open_graph(string path, string type)
    {
        var client = await hub.CreateApiClientAsync();
        var (_, page) = await client.GetPageAsync(path);
        var script = page.QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        var json = JsonDocument.Parse(script.TextContent).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal(type, json.GetProperty("@type").GetString());
        Assert.Equal(path[1..3], json.GetProperty("inLanguage").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.GetProperty("license").GetString());
        Assert.Contains("public", json.GetProperty("educationalLevel").EnumerateArray().Select(e => e.GetString()));
        if (type == "LearningResource")
        {
            Assert.Equal("PT8M", json.GetProperty("timeRequired").GetString());
            Assert.Equal("Explain in your own words what AI is.", json.GetProperty("teaches")[0].GetString());
            Assert.Equal(TestContent.CourseTitleEn, json.GetProperty("isPartOf").GetProperty("name").GetString());
        }
        Assert.Equal("article", page.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.EndsWith(path, page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
    }
}

/// <summary>The sitemaps.org 0.9 schema (sitemap.xsd), with xhtml:link allowed through its lax wildcard.</summary>
internal static class SitemapSchema
{
    public const string Xsd = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" elementFormDefault="qualified">
          <xsd:element name="urlset">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element ref="url" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="url">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element name="loc" type="tLoc"/>
                <xsd:element name="lastmod" type="tLastmod" minOccurs="0"/>
                <xsd:element name="changefreq" type="tChangeFreq" minOccurs="0"/>
                <xsd:element name="priority" type="tPriority" minOccurs="0"/>
                <xsd:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:simpleType name="tLoc">
            <xsd:restriction base="xsd:anyURI"><xsd:minLength value="12"/><xsd:maxLength value="2048"/></xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tLastmod">
            <xsd:union>
              <xsd:simpleType><xsd:restriction base="xsd:date"/></xsd:simpleType>
              <xsd:simpleType><xsd:restriction base="xsd:dateTime"/></xsd:simpleType>
            </xsd:union>
          </xsd:simpleType>
          <xsd:simpleType name="tChangeFreq">
            <xsd:restriction base="xsd:string">
              <xsd:enumeration value="always"/><xsd:enumeration value="hourly"/><xsd:enumeration value="daily"/>
              <xsd:enumeration value="weekly"/><xsd:enumeration value="monthly"/><xsd:enumeration value="yearly"/><xsd:enumeration value="never"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tPriority">
            <xsd:restriction base="xsd:decimal"><xsd:minInclusive value="0.0"/><xsd:maxInclusive value="1.0"/></xsd:restriction>
          </xsd:simpleType>
        </xsd:schema>
        """;
}
