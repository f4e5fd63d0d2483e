using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AiGovKh.Web.Identity;
using AiGovKh.Web.Tests.Fixtures;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Tests.Identity;

/// <summary>The data-protection key ring in the database: unencrypted by default, encrypted to an X.509 certificate when configured.</summary>
public sealed class KeyRingProtectionTests : IDisposable
{
    private const string CertificatePassword = "key ring test passphrase";
    private readonly string _shared = Path.Combine(Path.GetTempPath(), "aigovkh-tests", "keyring-" + Guid.NewGuid().ToString("N"));

    public KeyRingProtectionTests() => Directory.CreateDirectory(_shared);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_shared, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task By_default_keys_are_stored_unencrypted()
    {
        await using var node = new KeyRingHub(_shared, certificate: null);

        Protect(node, "hello");

        var xml = await KeyXmlAsync(node);
        Assert.Contains("<masterKey", xml);
        Assert.Contains("unencrypted", xml);
    }

    [Fact]
    public async Task With_a_certificate_keys_are_encrypted_and_only_nodes_with_it_can_read_them()
    {
        var certificate = WriteCertificate();
        string payload;
        await using (var first = new KeyRingHub(_shared, certificate))
        {
            payload = Protect(first, "hello");
            var xml = await KeyXmlAsync(first);
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        }

        await using (var second = new KeyRingHub(_shared, certificate))
        {
            Assert.Equal("hello", Unprotect(second, payload));
        }
        await using (var without = new KeyRingHub(_shared, certificate: null))
        {
            Assert.ThrowsAny<CryptographicException>(() => Unprotect(without, payload));
        }
    }

    [Fact]
    public void An_unreadable_certificate_stops_the_host_naming_the_setting()
    {
        var wrong = Path.Combine(_shared, "missing.pfx");
        using var node = new KeyRingHub(_shared, wrong);

        var error = Assert.ThrowsAny<Exception>(() => node.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(error));
        Assert.Contains(validation.Failures, f => f.Contains("DataProtection:CertificatePath", StringComparison.Ordinal) && f.Contains(wrong, StringComparison.Ordinal));
    }

    private static Exception Unwrap(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException) return e;
        }
        return error;
    }

    private string WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=AiGovKh key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_shared, "keyring.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    }

    private static IDataProtector Protector(HubFactory node) =>
        node.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("AiGovKh.Tests.KeyRing");

    private static string Protect(HubFactory node, string text) => Protector(node).Protect(text);

    private static string Unprotect(HubFactory node, string payload) => Protector(node).Unprotect(payload);

    private static async Task<string> KeyXmlAsync(HubFactory node)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<IdentityStoreDbContext>().DataProtectionKeys
            .Select(k => k.Xml).ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', keys);
    }

    /// <summary>A node over a given data folder (so nodes share one SQLite database), with or without a certificate.</summary>
    private sealed class KeyRingHub(string dataDirectory, string? certificate) : HubFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hub:DataDirectory", dataDirectory);
            if (certificate is not null)
            {
                builder.UseSetting("DataProtection:CertificatePath", certificate);
                builder.UseSetting("DataProtection:CertificatePassword", CertificatePassword);
            }
        }
    }
}
