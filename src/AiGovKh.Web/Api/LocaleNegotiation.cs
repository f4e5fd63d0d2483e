using AiGovKh.Cms.Content;
using Microsoft.Net.Http.Headers;

namespace AiGovKh.Web.Api;

/// <summary>
/// Picks the locale of an API answer: the <c>locale</c> parameter wins, then
/// <c>Accept-Language</c> (by quality), then Khmer. A missing or malformed header never fails.
/// </summary>
public static class LocaleNegotiation
{
    public static string Choose(string? localeParameter, string? acceptLanguage)
    {
        if (Locales.IsSupported(localeParameter))
        {
            return localeParameter!;
        }
        if (!string.IsNullOrWhiteSpace(acceptLanguage)
            && StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var ranges))
        {
            foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
            {
                if (range.Quality is 0)
                {
                    continue;
                }
                var tag = range.Value.Value ?? "";
                var primary = tag.Split('-')[0].ToLowerInvariant();
                if (Locales.IsSupported(primary))
                {
                    return primary;
                }
            }
        }
        return Locales.Khmer;
    }
}
