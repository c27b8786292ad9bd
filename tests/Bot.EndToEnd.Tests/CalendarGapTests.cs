using Bot.EndToEnd.Tests.Support;

namespace Bot.EndToEnd.Tests;

/// <summary>A year the bot needs without a production calendar is never counted silently.</summary>
public sealed class CalendarGapTests
{
    [Fact]
    public async Task Administrators_hear_once_that_a_needed_year_has_no_calendar()
    {
        // In December 2028 the bot needs 2028 and 2029; the repository ships neither.
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2028, 12, 4, 9, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        var notices = new[]
        {
            await bot.Administrator.NextMessageAsync(TimeSpan.FromSeconds(30)),
            await bot.Administrator.NextMessageAsync(TimeSpan.FromSeconds(30)),
        };

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        await Eventually.HoldsAsync(() => bot.Logs.AllText.Split("Checked the production calendar").Length - 1 == 2, TimeSpan.FromSeconds(30), "the restarted host's check");
        await Eventually.HoldsAsync(async () => await Sql.CountAsync(bot, "SELECT count(*)::int FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL") == 0, TimeSpan.FromSeconds(30), "the outbox to drain");

        Assert.Equal(
            ["Нет производственного календаря на 2028 год", "Нет производственного календаря на 2029 год"],
            notices.Select(notice => notice.Text![..notice.Text!.IndexOf(':', StringComparison.Ordinal)]).Order());
        Assert.Contains("считаются по будням (понедельник–пятница)", notices[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Administrator.BotMessages.Count);
        Assert.Contains("There is no production calendar for 2028", bot.Logs.AllText, StringComparison.Ordinal);
        Assert.Equal(2, bot.Logs.AllText.Split("Checked the production calendar").Length - 1); // the restarted host checked too
    }
}
