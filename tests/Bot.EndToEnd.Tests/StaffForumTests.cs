using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using static Bot.EndToEnd.Tests.Support.FirmSetup;

namespace Bot.EndToEnd.Tests;

/// <summary>The staff forum group: every company gets one topic, created once by two instances and still one after a
/// restart; client messages land in their company's topic and what staff write there reaches the client.</summary>
public sealed class StaffForumTests
{
    [Fact]
    public async Task Two_instances_and_a_restart_keep_one_topic_per_company_and_messages_go_both_ways_through_it()
    {
        await using var bot = new BotUnderTest { FirstInstances = 2, WithStaffForum = true };
        await bot.InitializeAsync();
        var forum = bot.StaffForum!;
        await TwoClientsAsync(bot);
        var (pm, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var (other, otherMenu) = await JoinAsync(bot, "Пётр", "client", OtherInn);
        client.PressButton(menu, "Написать бухгалтеру");
        other.PressButton(otherMenu, "Написать бухгалтеру");
        await client.WaitForMessageAsync(m => m.Text?.StartsWith("Напишите сообщение", StringComparison.Ordinal) == true);
        await other.WaitForMessageAsync(m => m.Text?.StartsWith("Напишите сообщение", StringComparison.Ordinal) == true);

        foreach (var text in new[] { "Первый вопрос", "Второй вопрос", "Третий вопрос" })
        {
            client.SendText(text);
            other.SendText("Василёк: " + text);
        }

        await Eventually.HoldsAsync(() => forum.BotMessages.Count(m => m.Text?.StartsWith("💬", StringComparison.Ordinal) == true) == 6, TimeSpan.FromSeconds(60), "six client messages in the forum");
        var second = forum.BotMessages.Single(m => m.Text == "💬 ООО «Ромашка», Светлана: Второй вопрос");
        forum.Reply(pm, second, "На второй отвечу письмом");
        var replied = await client.WaitForMessageAsync(m => m.Text == "💬 Бухгалтер Иванова М.: На второй отвечу письмом");
        var confirmed = await forum.WaitForMessageAsync(m => m.Text == "✓ Ответ отправлен: Светлана.");
        forum.SendText(other, second.ThreadId!.Value, "Пётр пишет не в свою тему");
        var refused = await forum.WaitForMessageAsync(m => m.Text == "Это действие вам недоступно.");

        await bot.StopHostAsync();
        await bot.StartHostAsync();
        client.SendText("После перезапуска");
        var afterRestart = await forum.WaitForMessageAsync(m => m.Text == "💬 ООО «Ромашка», Светлана: После перезапуска", TimeSpan.FromSeconds(30));
        forum.SendText(pm, afterRestart.ThreadId!.Value, "Принято");
        await client.WaitForMessageAsync(m => m.Text == "💬 Бухгалтер Иванова М.: Принято", TimeSpan.FromSeconds(20));

        Assert.Equal(["АО «Василёк»", "ООО «Ромашка»"], forum.Topics.Values.Order(StringComparer.Ordinal));
        var romashka = forum.Topics.Single(topic => topic.Value == "ООО «Ромашка»").Key;
        Assert.All(forum.BotMessages.Where(m => m.Text?.Contains("Ромашка", StringComparison.Ordinal) == true), m => Assert.Equal(romashka, m.ThreadId));
        Assert.All(forum.BotMessages.Where(m => m.Text?.Contains("Василёк:", StringComparison.Ordinal) == true), m => Assert.NotEqual(romashka, m.ThreadId));
        Assert.Equal((romashka, romashka, romashka), (confirmed.ThreadId, refused.ThreadId, afterRestart.ThreadId));
        Assert.DoesNotContain(client.BotMessages, m => m.Text?.Contains("Пётр пишет", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(pm.BotMessages, m => m.Text?.StartsWith("💬", StringComparison.Ordinal) == true);
        Assert.NotNull(replied);
        Assert.Equal(1, await Sql.CountAsync(bot, "SELECT count(*) FROM chat_entries WHERE kind = 'firm' AND addressee_user_id IS NOT NULL AND body = 'На второй отвечу письмом'"));
    }
}
