using System.Collections.Concurrent;
using AiGovKh.Web.Api;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Downloads;

/// <summary>
/// The public origins the background PDF builder builds for. A PDF writes its links out in full and is cached per
/// origin, so it must be built for the origin readers actually use: <c>Api:PublicBaseUrl</c> when set; otherwise
/// the origins of the lesson and course pages and downloads this node has served (the first few only, so a client
/// sending made-up Host headers cannot keep Chromium busy).
/// </summary>
public sealed class PdfOrigins(IOptions<ApiOptions> api)
{
    public const int MaxObserved = 3;

    private readonly ConcurrentDictionary<string, byte> _observed = new(StringComparer.OrdinalIgnoreCase);

    private string Configured => api.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>Records the origin a reader used (<see cref="PublicOrigin.Of"/>).</summary>
    public void Saw(string origin)
    {
        if (Configured.Length == 0 && _observed.Count < MaxObserved && Uri.TryCreate(origin, UriKind.Absolute, out _))
        {
            _observed.TryAdd(origin, 0);
        }
    }

    public IReadOnlyList<string> Current => Configured.Length > 0 ? [Configured] : [.. _observed.Keys];
}
