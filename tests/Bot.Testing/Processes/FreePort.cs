using System.Net;
using System.Net.Sockets;

namespace Bot.Testing.Processes;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on at the moment.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
