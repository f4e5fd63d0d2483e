using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Settings under <c>DataProtection:</c>. The key ring (which signs sign-in cookies, antiforgery and
/// invitation tokens) lives in the database so that every node shares it. By default its keys are
/// stored unencrypted: anyone who can read the database can forge cookies. With a certificate, each
/// key is encrypted to it; every node then needs the same certificate (with its private key).
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with a private key; empty leaves keys unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates replaced by rotation (paths, separated by ';'), still needed to read older keys; same password.</summary>
    public string? PreviousCertificatePaths { get; set; }
}

internal static class KeyRingProtection
{
    /// <summary>Encrypts the key ring to the configured certificate, if any; a bad file or password stops the host on start.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return builder;
        }
        var current = Load(options.CertificatePath, options.CertificatePassword, $"{KeyRingOptions.Section}:CertificatePath");
        var all = (options.PreviousCertificatePaths ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(path => Load(path, options.CertificatePassword, $"{KeyRingOptions.Section}:PreviousCertificatePaths"))
            .Prepend(current)
            .ToArray();
        // Decrypt with the given certificates rather than only those in the machine's certificate store.
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate(all);
    }

    private static X509Certificate2 Load(string path, string? password, string setting)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new OptionsValidationException(KeyRingOptions.Section, typeof(KeyRingOptions),
                [$"{setting}: cannot read the certificate '{path}' ({e.Message}). Check the path and {KeyRingOptions.Section}:CertificatePassword."]);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new OptionsValidationException(KeyRingOptions.Section, typeof(KeyRingOptions),
                [$"{setting}: the certificate '{path}' has no private key, so the key ring could not be read back."]);
        }
        return certificate;
    }
}
