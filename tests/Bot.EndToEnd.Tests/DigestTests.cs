using Bot.Core.Digests;
using Bot.Core.Localization;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.State;
using Bot.Host.Digests;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;

namespace Bot.EndToEnd.Tests;

/// <summary>The managers' digest through the real hosts' scheduled job and the fake Bot API.</summary>
public sealed class DigestTests
{
    [Fact]
    public async Task Two_instances_running_the_digest_job_every_second_send_each_manager_one_digest_with_its_chart()
    {
        await using var bot = new BotUnderTest
        {
            Clock = ShiftedClock.To(new DateTimeOffset(2026, 12, 2, 9, 30, 0, TimeSpan.FromHours(3))),
            FirstInstances = 2,
            Settings = new Dictionary<string, string?> { ["Digests:Cron"] = "* * * * * ?" },
        };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        await FileAsync(client, menu, "Сверка", "Бухгалтерия", "Сверка с контрагентами");
        var (staff, _) = await JoinAsync(bot, "Мария", "staff", "ivanova");

        var digest = await staff.WaitForMessageAsync(m => m.Text?.StartsWith("📊 Сводка на 02.12.2026", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(30));
        var chart = await staff.WaitForMessageAsync(m => m.Kind == MessageKind.Photo, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(4)); // a few more firings on both instances

        Assert.Contains("Клиент ООО «Ромашка»", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Новые: 1", digest.Text, StringComparison.Ordinal);
        Assert.Single(staff.BotMessages, m => m.Text?.StartsWith("📊", StringComparison.Ordinal) == true);
        Assert.Single(staff.BotMessages, m => m.Kind == MessageKind.Photo);
        Assert.NotNull(chart.FileId);
    }

    [Fact]
    public void The_chart_is_a_png_of_1200_by_500_pixels()
    {
        var data = new DigestData(
            [new DigestCell(1, 1) { InReview = 3, InWork = 5, Overdue = 2 }, new DigestCell(2, 1) { InReview = 1, InWork = 2 }],
            [], new Dictionary<int, string> { [1] = "Бухгалтерия", [2] = "HR" }, new Dictionary<int, string> { [1] = "ООО «Ромашка»" },
            [new OverdueOnDay(1, new DateOnly(2026, 11, 11), 1), new OverdueOnDay(1, new DateOnly(2026, 12, 2), 2)]);

        var png = DigestChartRenderer.Draw(data, [1, 2], RussianDigestTexts.Instance);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal((1200, 500), (BigEndian(png, 16), BigEndian(png, 20))); // the IHDR chunk's width and height
        Assert.InRange(png.Length, 5_000, 1_000_000);
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
