using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Notifications;
using Bot.Core.Tests.Builders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Bot.Core.Tests.Builders.CalendarBuilder;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Notifications;

/// <summary>Typed notifications through the router: staff write one, each recipient answers once, only those with
/// the approval right approve or decline, the sender's card shows every state, and the silent are reminded once.</summary>
public sealed class NotificationTests
{
    private const long PmId = 3003;
    private static readonly ChatUser Pm = new(PmId, "Мария", "ru");
    private static readonly ChatUser Clerk = new(4004, "Олег", "ru");
    private static readonly ChatUser Stranger = new(5005, "Пётр", "ru");

    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryNotifications notifications = new();

    public NotificationTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Join(Clerk.Id, 1, "ООО «Ромашка»", approve: false);
        directory.Join(Stranger.Id, 2, "АО «Василёк»");
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1], [1]));
        notifications.Audience[1] = [new AudienceMember(Guest().Id, "Анна Смирнова", "ru", true), new AudienceMember(Clerk.Id, "Олег Петров", "ru", false)];
    }

    [Fact]
    public async Task An_approval_goes_to_all_with_buttons_only_for_those_who_may_approve_and_the_card_shows_each_answer()
    {
        var router = Router(directory: directory, notifications: notifications);
        var sent = await SendAsync(router, kind: 3, "Согласуйте, пожалуйста, платёж 120 000 ₽ по УСН");

        var approved = await Route(router, Press(Guest(), "na:1"));
        var again = await Route(router, Press(Guest(), "na:1"));
        var forged = await Route(router, Press(Clerk, "na:1"));
        var stranger = await Route(router, Press(Stranger, "nd:1"));
        var card = Assert.IsType<EditText>((await Route(router, Press(Pm, "nc:1")))[1]);

        var messages = sent.OfType<SendText>().ToDictionary(m => m.ChatId);
        Assert.Equal(["Согласовать", "Отклонить"], messages[Guest().Id].Keyboard!.Buttons.Select(b => b.Text));
        Assert.Empty(messages[Clerk.Id].Keyboard!.Buttons);
        Assert.Contains("Согласовывают сотрудники с правом согласования.", messages[Clerk.Id].Html, StringComparison.Ordinal);
        Assert.Contains("✅ согласовано", Assert.IsType<EditText>(approved[1]).Html, StringComparison.Ordinal);
        Assert.Equal((Pm.Id, "✅ Анна Смирнова согласовал(а) уведомление №1."), (Assert.IsType<SendText>(approved[2]).ChatId, ((SendText)approved[2]).Html));
        Assert.Equal("Вы уже ответили на это уведомление.", Assert.IsType<AnswerButton>(Assert.Single(again)).Notice);
        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(forged)).Notice);
        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(stranger)).Notice);
        Assert.Contains("• Анна Смирнова — ✅ согласовано 30.11.2026 12:00", card.Html, StringComparison.Ordinal);
        Assert.Contains("• Олег Петров — ⏳ ждём ответа", card.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decline_takes_an_optional_comment_which_the_card_and_the_sender_get()
    {
        var router = Router(directory: directory, notifications: notifications);
        await SendAsync(router, kind: 3, "Согласуйте акт");

        var prompt = await Route(router, Press(Guest(), "nd:1"));
        var declined = await Route(router, Text(Guest(), "Сумма не та"));
        var card = Assert.IsType<EditText>((await Route(router, Press(Pm, "nc:1")))[1]);

        Assert.Equal("Напишите, почему отклоняете, или нажмите «Без комментария».", Assert.IsType<SendText>(prompt[1]).Html);
        Assert.Contains(declined, reply => reply is SendText { ChatId: PmId, Html: "❌ Анна Смирнова отклонил(а) уведомление №1: «Сумма не та»." });
        Assert.Contains("• Анна Смирнова — ❌ отклонено 30.11.2026 12:00: «Сумма не та»", card.Html, StringComparison.Ordinal);
        Assert.Equal((RecipientState.Declined, "Сумма не та"), (notifications.All[0].Recipients[0].State, notifications.All[0].Recipients[0].Comment));
    }

    [Fact]
    public async Task Reading_is_confirmed_by_the_button_and_a_files_notification_by_opening_the_file()
    {
        var router = Router(directory: directory, notifications: notifications);
        await SendAsync(router, kind: 1, "С 1 января меняется порядок сдачи отчётности");

        var read = await Route(router, Press(Clerk, "nr:1"));
        var wrongButton = await Route(router, Press(Clerk, "na:1"));

        Assert.Contains("✓ ознакомлен(а)", Assert.IsType<EditText>(read[1]).Html, StringComparison.Ordinal);
        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(wrongButton)).Notice);
        Assert.Equal([RecipientState.Sent, RecipientState.Read], notifications.All[0].Recipients.Select(r => r.State));
    }

    [Fact]
    public async Task A_silent_recipient_is_reminded_once_after_the_configured_working_days()
    {
        var clock = new FakeTimeProvider(Msk("27.11.2026 12:00"));
        var router = Router(directory: directory, notifications: notifications, clock: clock);
        await SendAsync(router, kind: 1, "Ознакомьтесь с приказом");
        await Route(router, Press(Guest(), "nr:1"));
        var calendars = new FixedCalendarSource(FirmCalendar());
        var reminders = new NotificationReminders(notifications, new NotificationSender(notifications, directory), calendars, Options.Create(new NotificationOptions { RemindAfter = 2 }));

        var monday = await reminders.DueAsync(Msk("30.11.2026 12:00"), CancellationToken.None);
        var tuesday = await reminders.DueAsync(Msk("01.12.2026 12:00"), CancellationToken.None);
        var later = await reminders.DueAsync(Msk("01.12.2026 13:00"), CancellationToken.None);

        Assert.Empty(monday);
        var reminder = Assert.IsType<SendText>(Assert.Single(tuesday));
        Assert.Equal(Clerk.Id, reminder.ChatId);
        Assert.StartsWith("⏰ <b>Напоминание:</b>", reminder.Html, StringComparison.Ordinal);
        Assert.Empty(later);
    }

    [Fact]
    public async Task No_notification_is_started_for_a_company_that_is_no_longer_a_client()
    {
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1, 9], [1, 9]));
        var router = Router(directory: directory, notifications: notifications);

        var refused = await Route(router, Press(Pm, "nn:9"));

        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(refused)).Notice);
    }

    /// <summary>The PM writes a notification of the kind to all the company's employees, without a file; the replies of the last step.</summary>
    private static async Task<IReadOnlyList<Outgoing>> SendAsync(Bot.Core.Routing.UpdateRouter router, int kind, string text)
    {
        var start = await Route(router, Press(Pm, "nn:1"));
        var revision = Assert.IsType<SendText>(start[1]).Keyboard!.Rows[0][0].Data.Split(':')[1];
        await Route(router, Press(Pm, $"f:{revision}:kind:{kind}"));
        await Route(router, Text(Pm, text));
        await Route(router, Press(Pm, $"f:{revision}:nofile"));
        return await Route(router, Press(Pm, $"f:{revision}:all"));
    }

    private static Task<IReadOnlyList<Outgoing>> Route(Bot.Core.Routing.UpdateRouter router, Incoming input) => router.RouteAsync(input, CancellationToken.None);
}
