using System.Globalization;
using AiGovKh.Cms.Content;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AiGovKh.Web.Api;

/// <summary>
/// Parses query parameters by hand (they arrive as strings) so a bad value becomes a 400 problem that
/// names the parameter, never a binding failure with an empty body or a 500.
/// </summary>
public sealed class ApiParameters
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    public void Fail(string parameter, string message) => _errors[parameter] = [message];

    public ValidationProblem Problem() => TypedResults.ValidationProblem(
        _errors,
        title: "One or more parameters are invalid.",
        detail: "Invalid parameter(s): " + string.Join(", ", _errors.Keys) + ".",
        type: "https://ai.gov.kh/problems/invalid-parameter");

    /// <summary>The negotiated locale; a present but unsupported <c>locale</c> is an error.</summary>
    public string Locale(string? locale, HttpContext http)
    {
        if (locale is not null && !Locales.IsSupported(locale))
        {
            Fail("locale", "Use \"km\" or \"en\".");
        }
        return LocaleNegotiation.Choose(locale, http.Request.Headers.AcceptLanguage);
    }

    public int Int(string name, string? value, int fallback, int min, int max)
    {
        if (value is null)
        {
            return fallback;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(name, $"Use a whole number from {min} to {max}.");
            return fallback;
        }
        return number;
    }

    public long Cursor(string name, string? value)
    {
        if (value is null)
        {
            return 0;
        }
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            Fail(name, "Use the nextCursor of a previous answer, or 0 to start from the beginning.");
            return 0;
        }
        return number;
    }

    public ContentType? Type(string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!ItemPaths.TryParseType(value, out var type))
        {
            Fail("type", "Use one of: course, lesson, guideline, campaign, page.");
            return null;
        }
        return type;
    }

    public AudienceTier Audience(string? value)
    {
        if (value is null)
        {
            return AudienceTier.None;
        }
        if (!AudienceTiers.TryParse(value, out var tier) || value != tier.Key())
        {
            Fail("audience", $"Use one of: {string.Join(", ", AudienceTiers.All.Select(t => t.Key()))}.");
        }
        return tier;
    }

    public string? Key(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!Slugs.IsValid(value))
        {
            Fail(name, "Use a key of lower-case ASCII letters, digits and single hyphens.");
            return null;
        }
        return value;
    }

    public DateTimeOffset? Instant(string name, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            || value.Length < 10)
        {
            Fail(name, "Use an ISO 8601 date or date-time, e.g. 2026-11-01 or 2026-11-01T09:00:00Z.");
            return null;
        }
        return instant;
    }
}
