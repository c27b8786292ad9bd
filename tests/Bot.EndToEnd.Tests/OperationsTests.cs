using System.Net;
using Bot.EndToEnd.Tests.Support;

namespace Bot.EndToEnd.Tests;

/// <summary>What an operator's probes and Prometheus see.</summary>
public sealed class OperationsTests(BotUnderTest bot) : IClassFixture<BotUnderTest>
{
    [Fact]
    public async Task Live_and_ready_answer_ok_and_metrics_count_handled_updates()
    {
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };
        var user = bot.Api.NewUser();
        user.SendCommand("start");
        await user.NextMessageAsync();

        using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var metrics = await http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("botcabinet_updates_handled", metrics, StringComparison.Ordinal);
        Assert.Contains("botcabinet_messages_sent", metrics, StringComparison.Ordinal);
    }
}
