using Bot.Core.Access;
using Bot.Core.Agenda;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Taxes;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Agenda;

/// <summary>«Календарь» through the router: staff add, move and cancel agreed events (the client's employees told each
/// time, bad dates refused in words), every press authorised anew, feeds made and revoked.</summary>
public sealed class CalendarRoutingTests
{
    private static readonly ChatUser Pm = new(7007, "Мария", "ru");
    private static readonly ChatUser Client = new(4004, "Светлана", "ru");
    private static readonly ChatUser Outsider = new(5005, "Пётр", "ru");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryAgenda agenda = new();
    private readonly InMemoryNotifications notifications = new();

    public CalendarRoutingTests()
    {
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1], [1]));
        directory.Join(Client.Id, 1, "ООО «Ромашка»");
        directory.Join(Outsider.Id, 2, "АО «Василёк»");
        notifications.Audience[1] = [new AudienceMember(Client.Id, "Светлана", "ru", true)];
    }

    [Fact]
    public async Task Staff_add_a_monthly_event_in_the_bot_bad_and_past_dates_refused_and_the_clients_employees_are_told()
    {
        var router = Router(directory: directory, agenda: agenda, notifications: notifications);

        var prompt = await router.RouteAsync(Press(Pm, "aa:1"), CancellationToken.None);
        await router.RouteAsync(Text(Pm, "Передать первичные документы"), CancellationToken.None);
        var bad = await router.RouteAsync(Text(Pm, "32.13.2026"), CancellationToken.None);
        var past = await router.RouteAsync(Text(Pm, "27.11.2026"), CancellationToken.None);
        var repeat = await router.RouteAsync(Text(Pm, "07.12.2026 10:00"), CancellationToken.None);
        var monthly = Assert.IsType<SendText>(Assert.Single(repeat)).Keyboard!.Rows.SelectMany(row => row).Single(b => b.Text == "Ежемесячно, 5-й рабочий день");
        await router.RouteAsync(Press(Pm, monthly.Data), CancellationToken.None);
        var summary = await router.RouteAsync(Text(Pm, "Сканы в «Данные от клиента»"), CancellationToken.None);
        var create = Assert.IsType<SendText>(Assert.Single(summary)).Keyboard!.Rows[0][0];
        var created = await router.RouteAsync(Press(Pm, create.Data), CancellationToken.None);

        Assert.StartsWith("Новое событие для ООО «Ромашка».", Assert.IsType<SendText>(prompt[1]).Html, StringComparison.Ordinal);
        Assert.StartsWith("Не получилось прочитать дату.", Assert.IsType<SendText>(Assert.Single(bad)).Html, StringComparison.Ordinal);
        Assert.StartsWith("Эта дата уже прошла.", Assert.IsType<SendText>(Assert.Single(past)).Html, StringComparison.Ordinal);
        Assert.Contains("Событие создано для ООО «Ромашка»", Assert.IsType<EditText>(created[1]).Html, StringComparison.Ordinal);
        var notice = Assert.IsType<SendText>(Assert.Single(created, o => o is SendText));
        Assert.Equal(Client.Id, notice.ChatId);
        Assert.Equal("📅 <b>Новое событие</b> — ООО «Ромашка»\n07.12.2026 10:00 — Передать первичные документы (ежемесячно, 5-й рабочий день)\nСканы в «Данные от клиента»", notice.Html);
        var stored = Assert.Single(await agenda.ForCompaniesAsync([1], CancellationToken.None));
        Assert.Equal((EventRepeat.MonthlyWorkingDay, 5, new TimeOnly(10, 0)), (stored.Repeat, stored.RepeatNumber, stored.At));
    }

    [Fact]
    public async Task A_moved_event_gets_a_new_revision_a_cancelled_one_disappears_and_the_employees_hear_of_both()
    {
        var router = Router(directory: directory, agenda: agenda, notifications: notifications);
        var id = await agenda.CreateAsync(new AgreedEvent(0, 1, "Встреча", "", new DateOnly(2026, 12, 3), new TimeOnly(11, 0), EventRepeat.Once, 0, 1, "Мария"), Pm.Id, Now, CancellationToken.None);

        await router.RouteAsync(Press(Pm, $"am:{id}"), CancellationToken.None);
        var moved = await router.RouteAsync(Text(Pm, "04.12.2026 15:30"), CancellationToken.None);
        var revision = (await agenda.FindAsync(id, CancellationToken.None))!.Revision;
        var cancelled = await router.RouteAsync(Press(Pm, $"ax:{id}"), CancellationToken.None);
        var again = await router.RouteAsync(Press(Pm, $"ax:{id}"), CancellationToken.None);

        Assert.Contains(moved, o => o is SendText { ChatId: 4004 } notice && notice.Html == "📅 <b>Событие перенесено</b> — ООО «Ромашка»\n04.12.2026 15:30 — Встреча");
        Assert.Equal(2, revision);
        Assert.Contains(cancelled, o => o is SendText { ChatId: 4004 } notice && notice.Html.StartsWith("📅 <b>Событие отменено</b>", StringComparison.Ordinal));
        Assert.Empty(await agenda.ForCompaniesAsync([1], CancellationToken.None));
        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(again)).Notice);
    }

    [Theory]
    [InlineData("client", "aa:1")]
    [InlineData("client", "ae:1")]
    [InlineData("client", "ap:1")]
    [InlineData("client", "ay:1:2:1")]
    [InlineData("client", "av:2")]
    [InlineData("client", "ai:2")]
    [InlineData("client", "an:2")]
    [InlineData("client", "av:0")]
    [InlineData("pm", "av:2")]
    [InlineData("pm", "aa:2")]
    [InlineData("pm", "ap:2")]
    [InlineData("pm", "ay:1:3:1")]
    [InlineData("pm", "ay:1:2:7")]
    [InlineData("outsider", "av:1")]
    [InlineData("outsider", "ao:1")]
    [InlineData("outsider", "ax:1")]
    public async Task A_press_on_another_companys_calendar_or_a_firm_only_button_is_refused(string who, string data)
    {
        await agenda.CreateAsync(new AgreedEvent(0, 1, "Встреча", "", new DateOnly(2026, 12, 3), null, EventRepeat.Once, 0, 1, "Мария"), Pm.Id, Now, CancellationToken.None);
        var router = Router(directory: directory, agenda: agenda, notifications: notifications);
        var user = who switch { "client" => Client, "pm" => Pm, _ => Outsider };

        var replies = await router.RouteAsync(Press(user, data), CancellationToken.None);

        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
        Assert.Single(await agenda.ForCompaniesAsync([1], CancellationToken.None));
        Assert.Empty(agenda.Profiles);
    }

    [Theory]
    [InlineData("av:x")]
    [InlineData("av:1:2")]
    [InlineData("ay:1:2")]
    [InlineData("az:1")]
    public async Task Forged_calendar_data_is_a_stale_button(string data)
    {
        var router = Router(directory: directory, agenda: agenda);

        var replies = await router.RouteAsync(Press(Client, data), CancellationToken.None);

        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
    }

    [Fact]
    public async Task A_client_gets_a_personal_link_which_only_its_hash_remembers_and_revokes_it()
    {
        var router = Router(directory: directory, agenda: agenda);

        var link = Assert.IsType<EditText>((await router.RouteAsync(Press(Client, "an:1"), CancellationToken.None))[1]);
        var token = link.Html.Split("/calendar/")[1].Split(".ics")[0];
        var live = await ((ICalendarSubscriptions)agenda).FindAsync(SubscriptionToken.Hash(token), CancellationToken.None);
        var revoked = Assert.IsType<EditText>((await router.RouteAsync(Press(Client, "ar:1"), CancellationToken.None))[1]);
        var after = await ((ICalendarSubscriptions)agenda).FindAsync(SubscriptionToken.Hash(token), CancellationToken.None);

        Assert.StartsWith("Ваша личная ссылка на календарь", link.Html, StringComparison.Ordinal);
        Assert.True(SubscriptionToken.LooksValid(token));
        Assert.Equal((Client.Id, (int?)1), (live!.Value.UserId, live.Value.CompanyId));
        Assert.Equal("Подписка отключена: прежняя ссылка больше не работает.", revoked.Html);
        Assert.Null(after);
    }

    [Fact]
    public async Task The_PM_sets_the_tax_profile_in_three_presses_and_the_calendar_then_shows_its_dates()
    {
        var taxes = new TaxSchedule([new TaxYear(2026, false, [
            new TaxObligation("probe", "Декларация по УСН", "Simplified tax return", "НК РФ", Taxpayer.Any, new HashSet<TaxRegime> { TaxRegime.UsnIncome }, false,
                [new TaxDate(new DateOnly(2026, 12, 5), new TaxPeriod(2026, TaxPeriodKind.Quarter, 3))])])]);
        var router = Router(directory: directory, agenda: agenda, taxes: taxes);

        var before = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "av:1"), CancellationToken.None))[1]);
        await router.RouteAsync(Press(Pm, "ap:1"), CancellationToken.None);
        await router.RouteAsync(Press(Pm, "ag:1:0"), CancellationToken.None);
        await router.RouteAsync(Press(Pm, "ay:1:0:0"), CancellationToken.None);
        var after = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "av:1"), CancellationToken.None))[1]);

        Assert.DoesNotContain("🧾", before.Html, StringComparison.Ordinal);
        Assert.Equal(new TaxProfile(TaxRegime.UsnIncome, false), agenda.Profiles[1]);
        Assert.Contains("🧾 Декларация по УСН — за III квартал 2026 (перенос с 05.12)", after.Html, StringComparison.Ordinal);
        Assert.Contains("<b>пн, 7 декабря</b>\n🧾", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_speaking_client_reads_the_calendar_in_English_and_the_staff_member_sees_all_companies_with_their_names()
    {
        var english = new ChatUser(4005, "Sam", "en");
        directory.Join(english.Id, 1, "ООО «Ромашка»");
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1, 2], [1, 2]));
        await agenda.CreateAsync(new AgreedEvent(0, 1, "Встреча", "", new DateOnly(2026, 12, 1), new TimeOnly(11, 0), EventRepeat.Once, 0, 1, "Мария"), Pm.Id, Now, CancellationToken.None);
        await agenda.CreateAsync(new AgreedEvent(0, 2, "Сверка", "", new DateOnly(2026, 12, 2), null, EventRepeat.Once, 0, 1, "Мария"), Pm.Id, Now, CancellationToken.None);
        agenda.Deadlines.Add(new TaskDeadline(5, 1001, 1, "Декларация УСН", new DateOnly(2026, 12, 3)));
        var router = Router(directory: directory, agenda: agenda);

        var client = Assert.IsType<EditText>((await router.RouteAsync(Press(english, "m:calendar"), CancellationToken.None))[1]);
        var chooser = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "m:calendar"), CancellationToken.None))[1]);
        var all = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "av:0"), CancellationToken.None))[1]);

        Assert.StartsWith("📅 <b>ООО «Ромашка»</b>\n30 November – 14 December 2026\n<i>The company has no tax profile yet", client.Html, StringComparison.Ordinal);
        Assert.Contains("<b>Tue, 1 December</b>\n🤝 <b>11:00</b> Встреча", client.Html, StringComparison.Ordinal);
        Assert.Contains("<b>Sat, 5 December</b> · <i>day off</i>", client.Html, StringComparison.Ordinal);
        Assert.Contains("<b>Thu, 3 December</b>\n⏰ Request #1001 due: Декларация УСН", client.Html, StringComparison.Ordinal);
        Assert.Contains(client.Keyboard!.Rows.SelectMany(row => row), b => b.Data == "rc:5");
        Assert.DoesNotContain("Сверка", client.Html, StringComparison.Ordinal);
        Assert.Equal(["Все мои компании", "ООО «Ромашка»", "АО «Василёк»", "« Главное меню"], chooser.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Contains("🤝 <i>ООО «Ромашка»</i>: <b>11:00</b> Встреча", all.Html, StringComparison.Ordinal);
        Assert.Contains("🤝 <i>АО «Василёк»</i>: Сверка", all.Html, StringComparison.Ordinal);
    }
}
