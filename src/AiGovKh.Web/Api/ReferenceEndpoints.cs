using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Api;

/// <summary>Handlers of <c>/api/v1/organisations</c> and <c>/api/v1/glossary</c>.</summary>
internal static class ReferenceEndpoints
{
    public static async Task<Results<ConditionalJson<OrganisationList>, ValidationProblem>> OrganisationsAsync(
        HttpContext http, PublishedContent content, string? locale, CancellationToken ct)
    {
        var p = new ApiParameters();
        var served = p.Locale(locale, http);
        if (p.HasErrors)
        {
            return p.Problem();
        }
        var organisations = await content.OrganisationsAsync(ct);
        var items = organisations
            .Select(o => new OrganisationInfo(o.Organisation.Slug, o.Organisation.Name(served), o.Organisation.NameKm, o.Organisation.NameEn, o.Organisation.Website, o.Published))
            .ToList();
        return new ConditionalJson<OrganisationList>(new OrganisationList(served, items), null, ContentApi.ReferenceCache, served);
    }

    public static async Task<Results<ConditionalJson<GlossaryList>, ValidationProblem>> GlossaryAsync(
        HttpContext http, PublishedContent content, string? locale, CancellationToken ct)
    {
        var p = new ApiParameters();
        var served = p.Locale(locale, http);
        if (p.HasErrors)
        {
            return p.Problem();
        }
        var terms = await content.GlossaryAsync(served, ct);
        var list = terms.Select(t => new GlossaryTerm(t.Id, t.Locale, t.Locale != served, t.Term, t.Definition, t.Items)).ToList();
        return new ConditionalJson<GlossaryList>(new GlossaryList(served, list), null, ContentApi.ReferenceCache, served);
    }
}
