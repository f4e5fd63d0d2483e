using System.Net;
using System.Net.Sockets;

namespace AiGovKh.Web.Webhooks;

/// <summary>
/// Which URLs a webhook may be sent to. https only (plain http to loopback only when <c>Webhooks:AllowLoopback</c>,
/// for development and tests); no user name or password in the URL; never link-local or cloud metadata addresses,
/// multicast or "any". The same address rule is applied again when connecting (<see cref="ConnectAsync"/>), so a
/// host name that later resolves to a forbidden address (DNS rebinding) is refused too. Private (RFC 1918) networks
/// are allowed: government integrators often sit on internal networks.
/// </summary>
public static class WebhookTargets
{
    private static readonly HashSet<string> MetadataHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "metadata", "metadata.google.internal", "metadata.azure.com", "instance-data", "instance-data.ec2.internal",
    };

    /// <summary>The problem with <paramref name="url"/> as an editor message key, or null when it is acceptable.</summary>
    public static string? Problem(string? url, bool allowLoopback)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2000 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
            return "Webhooks.UrlInvalid";
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return "Webhooks.UrlScheme";
        if (!string.IsNullOrEmpty(uri.UserInfo))
            return "Webhooks.UrlCredentials";
        if (MetadataHosts.Contains(uri.IdnHost.TrimEnd('.')))
            return "Webhooks.UrlForbiddenHost";
        var isAddress = IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address);
        var loopback = uri.IsLoopback || (isAddress && IPAddress.IsLoopback(address!));
        if ((isAddress && Forbidden(address!, allowLoopback)) || (loopback && !allowLoopback))
            return "Webhooks.UrlForbiddenHost";
        if (uri.Scheme == Uri.UriSchemeHttp && !(loopback && allowLoopback))
            return "Webhooks.UrlScheme";
        return null;
    }

    /// <summary>Link-local (169.254/16 with the metadata service, fe80::/10), unspecified, multicast, broadcast; loopback unless allowed.</summary>
    public static bool Forbidden(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return !allowLoopback;
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 0 || (b[0] == 169 && b[1] == 254) || b[0] >= 224
                // 100.100.100.200 is Alibaba Cloud's metadata service.
                || (b[0] == 100 && b[1] == 100 && b[2] == 100 && b[3] == 200);
        }
        return address.IsIPv6LinkLocal || address.IsIPv6Multicast || address.IsIPv6SiteLocal
            // fd00:ec2::254 is AWS's IPv6 metadata service.
            || address.Equals(IPAddress.Parse("fd00:ec2::254"));
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host and connects only to allowed addresses.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectAsync(Func<bool> allowLoopback) =>
        async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            var allowed = addresses.Where(a => !Forbidden(a, allowLoopback())).ToArray();
            if (allowed.Length == 0)
                throw new HttpRequestException($"Webhook host {context.DnsEndPoint.Host} resolves only to forbidden addresses.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
}
