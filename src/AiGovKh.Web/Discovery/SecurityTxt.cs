using System.Globalization;

namespace AiGovKh.Web.Discovery;

/// <summary>RFC 9116 security.txt: a contact, an expiry computed at run time, preferred languages.</summary>
public static class SecurityTxt
{
    public static string Render(DateTimeOffset now, string contact, string canonicalUrl) =>
        string.Join('\n',
            $"Contact: {contact}",
            $"Expires: {now.UtcDateTime.AddDays(180).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}",
            "Preferred-Languages: km, en",
            $"Canonical: {canonicalUrl}",
            "");
}
