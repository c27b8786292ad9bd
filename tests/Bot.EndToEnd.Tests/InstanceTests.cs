using Bot.EndToEnd.Tests.Support;

namespace Bot.EndToEnd.Tests;

/// <summary>Several instances of the host on one database and one bot.</summary>
public sealed class InstanceTests
{
    [Fact]
    public async Task Of_two_polling_instances_one_polls_and_the_other_takes_over_when_it_stops()
    {
        await using var bot = new BotUnderTest();
        await bot.InitializeAsync();
        var second = await bot.StartHostAsync();
        var user = bot.Api.NewUser();

        user.SendCommand("start");
        await user.NextMessageAsync();
        var conflictsWhileBothRan = bot.Api.Calls.Count(call => call.ErrorCode == 409);
        var first = await FirstPollerAsync(bot, second);
        await bot.StopHostAsync(first);
        user.SendCommand("help");
        var help = await user.NextMessageAsync(TimeSpan.FromSeconds(20));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.StartsWith("Команды:", help.Text, StringComparison.Ordinal);
        Assert.Equal(2, user.BotMessages.Count);
        Assert.Equal(0, conflictsWhileBothRan);
    }

    /// <summary>The instance that is not <paramref name="standby"/>: the one started first took the lease.</summary>
    private static Task<Microsoft.Extensions.Hosting.IHost> FirstPollerAsync(BotUnderTest bot, Microsoft.Extensions.Hosting.IHost standby) =>
        Task.FromResult(bot.Instances.Single(host => host != standby));
}
