namespace AiGovKh.Web.Infrastructure.Security;

public static class SecurityHeaders
{
    /// <summary>
    /// The site-wide baseline: a strict Content-Security-Policy (no inline script; a per-request
    /// nonce is available through <c>HttpContext.GetNonce()</c> for pages that need one), nosniff,
    /// no framing, a careful referrer policy.
    /// </summary>
    public static IServiceCollection AddHubSecurityHeaders(this IServiceCollection services)
    {
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy => policy
            .AddDefaultSecurityHeaders()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self().WithNonce();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }));
        return services;
    }
}
