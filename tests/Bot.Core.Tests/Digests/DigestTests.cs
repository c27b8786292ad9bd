using Bot.Core.Access;
using Bot.Core.Digests;
using Bot.Core.Localization;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Bot.Core.Tests.Builders.CalendarBuilder;

namespace Bot.Core.Tests.Digests;

/// <summary>The managers' digest: its content for a prepared data set, its schedule on working days, once per
/// manager and day, and its splitting under Telegram's limit.</summary>
public sealed class DigestTests
{
    private static readonly DateTimeOffset Wednesday = Msk("02.12.2026 09:00");
    private readonly InMemoryDigests digests = new();

    public DigestTests() => digests.Data = new DigestData(
        [
            new DigestCell(2, 1) { New = 3, NewBefore = 1, Accepted = 2, Rejected = 1, Done = 4, DoneBefore = 2, DueToday = 1, DueTomorrow = 2, Overdue = 2, InReview = 3, InWork = 5 },
            new DigestCell(2, 2) { New = 1, Overdue = 1, InWork = 1 },
            new DigestCell(1, 2) { New = 2, InReview = 2 },
        ],
        [new OverdueTask(1003, 2, 1, "Декларация УСН", new DateOnly(2026, 11, 20)), new OverdueTask(1007, 2, 2, "Сверка <с контрагентами>", new DateOnly(2026, 11, 27))],
        new Dictionary<int, string> { [1] = "HR", [2] = "Бухгалтерия" },
        new Dictionary<int, string> { [1] = "ООО «Ромашка»", [2] = "АО «Василёк»" },
        []);

    [Fact]
    public void A_heads_and_pms_digest_has_the_exact_numbers_of_their_department_and_companies()
    {
        var manager = new Manager(7001, "ru", WholeFirm: false, HeadOf: [2], PmOf: [1]);

        var text = DigestComposer.Compose(manager, digests.Data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);

        Assert.Equal(
            """
            📊 <b>Сводка на 02.12.2026</b>

            <b>Отдел «Бухгалтерия»</b>
            Новые: 4 (за прошлый период 1) · приняты: 2 · отклонены: 1 · выполнены: 4 (за прошлый период 2)
            Срок сегодня: 1 · завтра: 2 · просрочены: 3 · на рассмотрении: 3 · в работе: 6
            ⚠ №1003 · ООО «Ромашка» · Декларация УСН — срок был 20.11.2026
            ⚠ №1007 · АО «Василёк» · Сверка &lt;с контрагентами&gt; — срок был 27.11.2026

            <b>Клиент ООО «Ромашка»</b>
            Новые: 3 (за прошлый период 1) · приняты: 2 · отклонены: 1 · выполнены: 4 (за прошлый период 2)
            Срок сегодня: 1 · завтра: 2 · просрочены: 2 · на рассмотрении: 3 · в работе: 5
            ⚠ №1003 · ООО «Ромашка» · Декларация УСН — срок был 20.11.2026
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Notifications_unanswered_after_their_reminder_are_counted_for_the_pm_and_for_the_whole_firm()
    {
        var data = digests.Data with { Unanswered = new Dictionary<int, int> { [1] = 2, [2] = 1 } };

        var pm = DigestComposer.Compose(new Manager(7001, "ru", false, [], [1]), data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);
        var firm = DigestComposer.Compose(new Manager(9001, "ru", true, [], []), data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);
        var quiet = DigestComposer.Compose(new Manager(7001, "ru", false, [], [1]), digests.Data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);

        Assert.EndsWith("📢 Без ответа на уведомления (после напоминания): 2", pm, StringComparison.Ordinal);
        Assert.EndsWith("<b>Уведомления</b>\n📢 Без ответа после напоминания: 3 (компаний: 2)", firm, StringComparison.Ordinal);
        Assert.DoesNotContain("📢", quiet, StringComparison.Ordinal);
    }

    [Fact]
    public void Filings_standing_rejected_are_counted_for_the_pm_and_for_the_whole_firm()
    {
        var data = digests.Data with { Rejected = new Dictionary<int, int> { [1] = 1, [2] = 2 } };

        var pm = DigestComposer.Compose(new Manager(7001, "ru", false, [], [1]), data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);
        var firm = DigestComposer.Compose(new Manager(9001, "ru", true, [], []), data, DigestPeriod.At(Wednesday, FirmCalendar()), RussianDigestTexts.Instance);

        Assert.EndsWith("❌ Отчёты отклонены или требуют уточнения: 1", pm, StringComparison.Ordinal);
        Assert.EndsWith("<b>Отчётность</b>\n❌ Отклонены или требуют уточнения: 3 (компаний: 2)", firm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_manager_gets_one_digest_a_working_day_however_often_the_job_runs_and_none_on_a_day_off()
    {
        digests.Managers.Add(new Manager(7001, "ru", false, [2], []));
        digests.Managers.Add(new Manager(9001, "en", true, [], []));

        var first = await Service(Wednesday).ScheduledAsync(CancellationToken.None);
        var again = await Service(Wednesday.AddMinutes(5)).ScheduledAsync(CancellationToken.None);
        var saturday = await Service(Msk("05.12.2026 09:00")).ScheduledAsync(CancellationToken.None);

        Assert.Equal([7001L, 9001L], first.OfType<SendText>().Select(m => m.ChatId));
        Assert.StartsWith("📊 <b>Digest for 02.12.2026</b>", ((SendText)first[1]).Html, StringComparison.Ordinal);
        Assert.Contains("<b>Department «HR»</b>", ((SendText)first[1]).Html, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Empty(saturday);
    }

    [Fact]
    public async Task A_digest_over_4096_characters_arrives_as_several_valid_messages_split_between_sections()
    {
        var companies = Enumerable.Range(1, 60).ToDictionary(id => id, id => $"ООО «Компания с довольно длинным названием номер {id}»");
        digests.Data = digests.Data with { Companies = companies, Cells = [.. companies.Keys.Select(id => new DigestCell(2, id) { New = id, Overdue = 1 })] };
        digests.Managers.Add(new Manager(7001, "ru", false, [], [.. companies.Keys]));

        var parts = (await Service(Wednesday).ScheduledAsync(CancellationToken.None)).Cast<SendText>().ToList();

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.InRange(part.Html.Length, 1, MessageLimits.TextLength));
        Assert.All(parts.Skip(1), part => Assert.StartsWith("<b>Клиент ", part.Html, StringComparison.Ordinal));
        Assert.Equal(60, parts.Sum(part => part.Html.Split("<b>Клиент ").Length - 1));
    }

    [Fact]
    public async Task A_manager_who_turned_the_digest_off_gets_none_until_turned_on_again()
    {
        digests.Managers.Add(new Manager(7001, "ru", false, [2], []));
        await digests.SetOptOutAsync(7001, off: true, Wednesday, CancellationToken.None);

        var off = await Service(Wednesday).ScheduledAsync(CancellationToken.None);
        await digests.SetOptOutAsync(7001, off: false, Wednesday, CancellationToken.None);
        var on = await Service(Wednesday).ScheduledAsync(CancellationToken.None);

        Assert.Empty(off);
        Assert.Single(on);
    }

    [Fact]
    public async Task Digest_on_demand_tells_someone_who_manages_nothing_who_gets_it()
    {
        var reply = await RouterBuilder.Router().RouteAsync(RouterBuilder.Text(RouterBuilder.Guest(), "/digest"), CancellationToken.None);

        Assert.Equal("Сводка приходит руководителям отделов, менеджерам клиентов и администраторам.", Assert.IsType<SendText>(Assert.Single(reply)).Html);
    }

    private DigestService Service(DateTimeOffset now) =>
        new(digests, digests, new FixedCalendarSource(FirmCalendar(now: now)), Options.Create(new AdministratorsOptions()), new FakeTimeProvider(now));
}
