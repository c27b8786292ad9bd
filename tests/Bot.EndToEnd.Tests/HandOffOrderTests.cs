using Bot.EndToEnd.Tests.Support;

namespace Bot.EndToEnd.Tests;

/// <summary>A reply handed straight to the sender after its commit keeps its chat's order when Telegram fails
/// part of it for a moment: the parts behind a failed one go back to the outbox behind it.</summary>
public sealed class HandOffOrderTests
{
    [Fact]
    public async Task A_greeting_too_long_for_one_message_arrives_in_order_though_its_first_part_meets_an_outage()
    {
        // A firm name this long makes the greeting three messages (Telegram takes 4,096 characters in one).
        var firm = "Бухгалтерия " + string.Join(' ', Enumerable.Repeat("и партнёры", 500));
        await using var bot = new BotUnderTest { Settings = new Dictionary<string, string?> { ["Firm:Name"] = firm } };
        await bot.InitializeAsync();
        var user = bot.Api.NewUser("Анна");
        bot.Api.Faults.FailNext("sendMessage", times: 1, statusCode: 502);

        user.SendCommand("start");
        var parts = new List<string?>();
        for (var i = 0; i < 3; i++)
        {
            parts.Add((await user.NextMessageAsync(TimeSpan.FromSeconds(30))).Text);
        }

        // Cut where the splitter cuts: after the first line, then inside the name.
        Assert.Equal("Здравствуйте, Анна!", parts[0]);
        Assert.StartsWith("Бухгалтерия и партнёры", parts[1], StringComparison.Ordinal);
        Assert.Contains("Чтобы получить доступ", parts[2], StringComparison.Ordinal);
        Assert.Contains(bot.Api.Calls, call => call.Method == "sendMessage" && call.ErrorCode == 502);
    }
}
