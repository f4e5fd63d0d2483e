using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AiGovKh.Web.Identity;

/// <summary>
/// Limits sign-in, two-factor and invitation posts per client address. Checked by the handlers
/// themselves so the limit holds whatever middleware the host runs; refused requests get 429
/// with Retry-After.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public SignInThrottle(IOptions<AccountOptions> options)
    {
        var o = options.Value;
        _window = o.ThrottleWindow;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.ThrottlePermitLimit, Window = o.ThrottleWindow, QueueLimit = 0 }));
    }

    /// <summary>True when the request may go on; otherwise the response is already a 429.</summary>
    public bool TryEnter(HttpContext context, string bucket)
    {
        var key = bucket + "|" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired) return true;
        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : _window;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
