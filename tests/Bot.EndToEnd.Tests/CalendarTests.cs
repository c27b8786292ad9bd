using System.Net;
using Bot.EndToEnd.Tests.Support;
using Bot.FakeTelegram.Driver;
using Bot.FakeTelegram.State;
using Ical.Net.CalendarComponents;
using static Bot.EndToEnd.Tests.Support.FirmSetup;
using static Bot.EndToEnd.Tests.Support.RequestFiling;
using static Bot.EndToEnd.Tests.Support.TaskRecords;

namespace Bot.EndToEnd.Tests;

/// <summary>«Календарь» through the fake Bot API on a controlled clock: staff agree events in the bot, the client sees
/// exactly the next 15 days (events, a request's deadline, the tax dates of the company's profile moved off days off),
/// downloads them as .ics with stable UIDs and subscribes to a personal feed that stops working once revoked.</summary>
public sealed class CalendarTests
{
    private const string PublicUrl = "https://cabinet.example";

    [Fact]
    public async Task The_client_sees_exactly_the_next_15_days_and_gets_them_as_ics_and_as_a_revocable_feed()
    {
        // Friday 20 March 2026, 10:00 in Moscow: the window runs to Friday 3 April.
        await using var bot = new BotUnderTest
        {
            Clock = ShiftedClock.To(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(3))),
            Settings = new Dictionary<string, string?> { ["Calendar:PublicUrl"] = PublicUrl },
        };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        await ToolAsync(bot, "company", "profile", Inn, "usn-income", "employer=no");
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");
        var (client, menu) = await JoinAsync(bot, "Светлана", "client", Inn);
        var confirmation = await FileAsync(client, menu, "Сверка за февраль", "Бухгалтерия", "Сверка с контрагентами");
        await Sql.ExecuteAsync(bot, "UPDATE service_tasks SET requested_deadline = '2026-03-27'");

        var screen = await OpenCompanyCalendarAsync(staff, staffMenu, "ООО «Ромашка»");
        screen = await AddEventAsync(staff, screen, "Встреча по годовому отчёту", "24.03.2026 11:30", "Однократно", null);
        screen = await AddEventAsync(staff, screen, "Передать первичные документы", "02.04.2026", "Ежемесячно, 2-й рабочий день", "до 12:00, сканы в «Данные от клиента»");
        var told = await client.WaitForMessageAsync(m => m.Text?.StartsWith("📅 Новое событие — ООО «Ромашка»\n02.04.2026", StringComparison.Ordinal) == true);

        client.PressButton(confirmation, "Календарь");
        var calendar = await EditedAsync(client, confirmation, confirmation.EditCount + 1);

        Assert.Equal("📅 Новое событие — ООО «Ромашка»\n02.04.2026 — Передать первичные документы (ежемесячно, 2-й рабочий день)\nдо 12:00, сканы в «Данные от клиента»", told.Text);
        Assert.Equal(
            """
            📅 ООО «Ромашка»
            20 марта – 3 апреля 2026

            пт, 20 марта

            сб, 21 марта · выходной

            вс, 22 марта · выходной

            пн, 23 марта

            вт, 24 марта
            🤝 11:30 Встреча по годовому отчёту

            ср, 25 марта
            🧾 Декларация по УСН (организации) — за 2025 год

            чт, 26 марта

            пт, 27 марта
            ⏰ Срок заявки №1001: Сверка с контрагентами

            сб, 28 марта · выходной

            вс, 29 марта · выходной

            пн, 30 марта
            🧾 Налог по УСН за год (организации) — за 2025 год (перенос с 28.03)

            вт, 31 марта
            🧾 Годовая бухгалтерская (финансовая) отчётность — за 2025 год

            ср, 1 апреля

            чт, 2 апреля
            🤝 Передать первичные документы — до 12:00, сканы в «Данные от клиента»

            пт, 3 апреля
            """.ReplaceLineEndings("\n"),
            calendar.Text);
        Assert.Contains("⏰ Срок заявки №1001: Сверка с контрагентами", calendar.AllButtons.Select(b => b.Text));
        Assert.DoesNotContain(calendar.AllButtons, b => b.Text is "➕ Добавить событие" or "Налоговый профиль");

        // The .ics file, twice: the same items under the same UIDs.
        client.PressButton(calendar, "📥 Скачать в календарь");
        var first = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "calendar.ics");
        client.PressButton(calendar, "📥 Скачать в календарь");
        var second = await client.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "calendar.ics" && m.MessageId > first.MessageId);
        var events = Events(System.Text.Encoding.UTF8.GetString(await DownloadAsync(bot, first)));
        var again = Events(System.Text.Encoding.UTF8.GetString(await DownloadAsync(bot, second)));

        Assert.Equal(6, events.Count);
        Assert.Equal(events.Select(e => e.Uid).Order(), again.Select(e => e.Uid).Order());
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        var tax = Assert.Single(events, e => e.Summary!.StartsWith("Налог по УСН за год", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2026, 3, 30), false), (tax.DtStart!.Date, tax.DtStart.HasTime));
        var meeting = Assert.Single(events, e => e.Summary == "Встреча по годовому отчёту");
        Assert.Equal((new DateOnly(2026, 3, 24), new TimeOnly(11, 30), "Europe/Moscow"), (meeting.DtStart!.Date, meeting.DtStart.Time!.Value, meeting.DtStart.TzId));
        Assert.Contains(events, e => e.Summary == "Срок заявки №1001: Сверка с контрагентами" && e.DtStart!.Date == new DateOnly(2026, 3, 27));

        // The personal feed: the same calendar; a guessed token and a revoked one get the same 404.
        client.PressButton(calendar, "🔗 Подписка");
        var subscription = await EditedAsync(client, calendar, calendar.EditCount + 1);
        client.PressButton(subscription, "Получить ссылку");
        var link = await EditedAsync(client, calendar, calendar.EditCount + 2);
        var url = link.Text!.Split('\n').Single(line => line.StartsWith(PublicUrl, StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = BotUnderTest.AddressOf(bot.Instances[0]) };
        var path = new Uri(url).AbsolutePath;
        using var feed = await http.GetAsync(path);
        var feedEvents = Events(await feed.Content.ReadAsStringAsync());
        using var guessed = await http.GetAsync($"/calendar/{new string('A', 43)}.ics");
        client.PressButton(link, "Отключить подписку");
        var off = await EditedAsync(client, calendar, calendar.EditCount + 3);
        using var revoked = await http.GetAsync(path);
        client.PressButton(off, "Получить ссылку");
        var newLink = await EditedAsync(client, calendar, calendar.EditCount + 4);
        var newPath = new Uri(newLink.Text!.Split('\n').Single(line => line.StartsWith(PublicUrl, StringComparison.Ordinal))).AbsolutePath;
        using var renewed = await http.GetAsync(newPath);
        await ToolAsync(bot, "company", "archive", Inn);
        using var archived = await http.GetAsync(newPath);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(events.Select(e => e.Uid).Order(), feedEvents.Select(e => e.Uid).Order());
        Assert.True(path.Length - "/calendar/.ics".Length >= 22, "a token of at least 128 bits");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (guessed.StatusCode, revoked.StatusCode));
        Assert.Equal(await guessed.Content.ReadAsStringAsync(), await revoked.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (renewed.StatusCode, archived.StatusCode));
        Assert.NotEqual(path, newPath);
        Assert.DoesNotContain(path[10..^4], bot.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_company_without_a_tax_profile_shows_no_tax_dates_and_its_PM_is_asked_once_then_sets_it_in_the_bot()
    {
        await using var bot = new BotUnderTest { Clock = ShiftedClock.To(new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(3))) };
        await bot.InitializeAsync();
        await TwoClientsAsync(bot);
        var (staff, staffMenu) = await JoinAsync(bot, "Мария", "staff", "ivanova");

        var before = await OpenCompanyCalendarAsync(staff, staffMenu, "АО «Василёк»");
        var asked = await staff.WaitForMessageAsync(m => m.Text?.StartsWith("Для календаря АО «Василёк» не задан налоговый профиль", StringComparison.Ordinal) == true);
        staff.PressButton(before, "« Назад");
        var chooser = await EditedAsync(staff, staffMenu, before.EditCount + 1);
        staff.PressButton(chooser, "АО «Василёк»");
        await EditedAsync(staff, staffMenu, before.EditCount + 2);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var asks = staff.BotMessages.Count(m => m.Text?.Contains("не задан налоговый профиль", StringComparison.Ordinal) == true);
        staff.PressButton(asked, "Налоговый профиль");
        var regimes = await EditedAsync(staff, asked, 1);
        staff.PressButton(regimes, "ОСНО");
        staff.PressButton(await EditedAsync(staff, asked, 2), "Есть работники");
        var saved = await EditedAsync(staff, asked, 3);
        staff.PressButton(saved, "Календарь");
        var after = await EditedAsync(staff, asked, 4);
        await ToolAsync(bot, "company", "profile", Inn, "usn-income", "employer=no");
        staff.PressButton(after, "« Назад");
        staff.PressButton(await EditedAsync(staff, asked, 5), "Все мои компании");
        var all = await EditedAsync(staff, asked, 6);
        staff.PressButton(all, "📥 Скачать в календарь");
        var file = await staff.WaitForMessageAsync(m => m.Kind == MessageKind.Document && m.FileName == "calendar.ics");
        var summaries = Events(System.Text.Encoding.UTF8.GetString(await DownloadAsync(bot, file))).Select(e => e.Summary!).ToList();

        Assert.Contains("Налоговый профиль компании не задан", before.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("🧾", before.Text, StringComparison.Ordinal);
        Assert.Equal(1, asks);
        Assert.DoesNotContain("ПСН", regimes.AllButtons.Select(b => b.Text));
        Assert.Equal("Налоговый профиль АО «Василёк»: ОСНО, есть работники. Налоговые сроки уже в календаре.", saved.Text);
        Assert.Contains("🧾 Декларация по налогу на прибыль — за 2025 год", after.Text, StringComparison.Ordinal);
        Assert.Contains("🧾 Уведомление об исчисленных суммах НДФЛ (удержан с 1 по 22 число) — за март 2026", after.Text, StringComparison.Ordinal);
        Assert.Contains("🧾 ООО «Ромашка»: Налог по УСН за год (организации) — за 2025 год (перенос с 28.03)", all.Text, StringComparison.Ordinal);
        Assert.Contains("АО «Василёк»: Декларация по налогу на прибыль — за 2025 год", summaries);
        Assert.Contains("ООО «Ромашка»: Декларация по УСН (организации) — за 2025 год", summaries);
    }

    /// <summary>«Календарь» from the staff member's menu, then the company.</summary>
    internal static async Task<BotMessage> OpenCompanyCalendarAsync(FakeUser staff, BotMessage menu, string company)
    {
        staff.PressButton(menu, "Календарь");
        var chooser = await EditedAsync(staff, menu, menu.EditCount + 1);
        staff.PressButton(chooser, company);
        return await EditedAsync(staff, menu, menu.EditCount + 2);
    }

    /// <summary>«Добавить событие» on a company's calendar, the title, the date, how it repeats, the note, «Создать»;
    /// returns the message with the company's calendar again.</summary>
    internal static async Task<BotMessage> AddEventAsync(FakeUser staff, BotMessage screen, string title, string moment, string repeat, string? note)
    {
        staff.PressButton(screen, "➕ Добавить событие");
        var prompt = await staff.WaitForMessageAsync(m => m.MessageId > screen.MessageId && m.Text?.StartsWith("Новое событие для", StringComparison.Ordinal) == true);
        staff.SendText(title);
        var date = await staff.WaitForMessageAsync(m => m.MessageId > prompt.MessageId && m.Text?.StartsWith("Дата и, если нужно", StringComparison.Ordinal) == true);
        staff.SendText(moment);
        var repeats = await staff.WaitForMessageAsync(m => m.MessageId > date.MessageId && m.Text == "Повторять событие?");
        staff.PressButton(repeats, repeat);
        var notePrompt = await EditedAsync(staff, repeats, 1);
        BotMessage summary;
        if (note is null)
        {
            staff.PressButton(notePrompt, "Без примечания");
            summary = await EditedAsync(staff, repeats, 2);
        }
        else
        {
            staff.SendText(note);
            summary = await staff.WaitForMessageAsync(m => m.MessageId > repeats.MessageId && m.Text?.EndsWith("Создать событие?", StringComparison.Ordinal) == true);
        }

        staff.PressButton(summary, "Создать");
        var created = await EditedAsync(staff, summary, summary.EditCount + 1);
        staff.PressButton(created, "Календарь");
        return await EditedAsync(staff, summary, summary.EditCount + 2);
    }

    private static List<CalendarEvent> Events(string ics) => [.. Ical.Net.Calendar.Load(ics)!.Events];
}
