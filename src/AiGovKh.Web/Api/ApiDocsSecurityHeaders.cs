namespace AiGovKh.Web.Api;

/// <summary>
/// The reference page at <c>/api/docs</c> is Scalar's single-page app: its scripts carry the request's CSP
/// nonce (no inline script runs without it), but it sets inline styles, so only this page allows them.
/// </summary>
public static class ApiDocsSecurityHeaders
{
    public const string Policy = "ApiDocs";

    public static IServiceCollection AddApiDocsSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies(builder => builder.AddPolicy(Policy, policy => policy
            .AddDefaultSecurityHeaders()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                csp.AddStyleSrc().Self().UnsafeInline();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFrameAncestors().None();
            })));
}
