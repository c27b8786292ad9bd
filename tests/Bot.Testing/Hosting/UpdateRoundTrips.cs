using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Testing.Hosting;

/// <summary>The host's own count of the database round trips its handled updates cost before their replies could
/// be sent (<c>botcabinet_update_round_trips</c> at its /metrics): how many updates, and how many of them took at
/// most one and at most two.</summary>
public sealed record UpdateRoundTrips(double Updates, double AtMostOne, double AtMostTwo)
{
    /// <summary>Reads the figures from the host's HTTP endpoint (its base address set).</summary>
    public static async Task<UpdateRoundTrips> ReadAsync(HttpClient host)
    {
        var metrics = await host.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        return new UpdateRoundTrips(Figure(metrics, "_count"), Figure(metrics, "_bucket{le=\"1\"}"), Figure(metrics, "_bucket{le=\"2\"}"));
    }

    /// <summary>The share of the updates handled since <paramref name="before"/> that took one round trip.</summary>
    public double OneShareSince(UpdateRoundTrips before) =>
        Updates > before.Updates ? (AtMostOne - before.AtMostOne) / (Updates - before.Updates) : double.NaN;

    /// <summary>A figure of the histogram; 0 while no update has been handled (the host writes none yet).</summary>
    private static double Figure(string metrics, string suffix)
    {
        var match = Regex.Match(metrics, "^botcabinet_update_round_trips" + Regex.Escape(suffix) + @" (\S+)$", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
