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

    [Fact]
    public async Task The_bot_run_for_real_serves_no_sandbox_page_and_no_clock_control()
    {
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };

        using var page = await http.GetAsync(new Uri("/sandbox/", UriKind.Relative));
        using var people = await http.GetAsync(new Uri("/sandbox/api/people", UriKind.Relative));
        using var clock = await http.GetAsync(new Uri("/sandbox/api/clock", UriKind.Relative));
        using var move = await http.PostAsync(new Uri("/sandbox/api/clock", UriKind.Relative), new StringContent("{\"move\":\"next-working-day\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { page, people, clock, move }.Select(response => response.StatusCode));
    }
}
