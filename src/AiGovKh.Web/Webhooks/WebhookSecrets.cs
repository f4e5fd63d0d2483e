using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Makes and keeps subscription secrets: 32 random bytes made on the server, stored protected by Data Protection
/// (whose key ring is in the database, so every node can sign), shown to the administrator once.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("AiGovKh.Webhooks.Secret.v1");

    public static string NewSecret() => "whsec_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
