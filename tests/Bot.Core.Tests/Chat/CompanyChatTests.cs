using Bot.Core.Access;
using Bot.Core.Chat;
using Bot.Core.Deadlines;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using Microsoft.Extensions.Time.Testing;
using static Bot.Core.Tests.Builders.CalendarBuilder;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Chat;

/// <summary>The company chat through the router: a client's text reaches the PMs once the client agreed, the
/// answer reaches the client who wrote, the history shows both, and nobody outside the company gets in.</summary>
public sealed class CompanyChatTests
{
    private static readonly ChatUser Pm = new(3003, "Мария", "ru");
    private static readonly ChatUser Colleague = new(4004, "Олег", "en");
    private static readonly ChatUser Stranger = new(5005, "Пётр", "ru");

    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryChat chat = new();

    public CompanyChatTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Join(Colleague.Id, 1, "ООО «Ромашка»");
        directory.Join(Stranger.Id, 2, "АО «Василёк»");
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1], [1]));
        chat.Pms[1] = [new Recipient(Pm.Id, "ru")];
        chat.Employees[1] = [new Recipient(Guest().Id, "ru"), new Recipient(Colleague.Id, "en")];
    }

    [Fact]
    public async Task A_clients_first_text_is_asked_about_then_sent_to_the_pm_and_later_texts_go_straight()
    {
        var router = Router(directory: directory, chat: chat);

        var question = Assert.IsType<SendText>(Assert.Single(await router.RouteAsync(Text(Guest(), "Когда будет акт сверки?"), CancellationToken.None)));
        var sent = await router.RouteAsync(Press(Guest(), question.Keyboard!.Rows[0][0].Data), CancellationToken.None);
        var second = await router.RouteAsync(Text(Guest(), "И ещё счёт, пожалуйста"), CancellationToken.None);

        Assert.StartsWith("Отправить бухгалтеру?", question.Html, StringComparison.Ordinal);
        Assert.Equal(["Отправить бухгалтеру", "Не отправлять"], question.Keyboard.Rows.Select(row => row[0].Text));
        Assert.Equal("✓ Сообщение передано бухгалтеру.", Assert.IsType<EditText>(sent[1]).Html);
        var toPm = Assert.IsType<SendText>(sent[2]);
        Assert.Equal((Pm.Id, "💬 <b>ООО «Ромашка», Анна:</b> Когда будет акт сверки?"), (toPm.ChatId, toPm.Html));
        Assert.Equal(["Ответить", "История"], toPm.Keyboard!.Buttons.Select(b => b.Text));
        Assert.Equal(chat.Entries[0].Id, toPm.ChatEntryId);
        Assert.Equal(["✓ Сообщение передано бухгалтеру.", "💬 <b>ООО «Ромашка», Анна:</b> И ещё счёт, пожалуйста"], second.Cast<SendText>().Select(s => s.Html));
        Assert.Equal(["Когда будет акт сверки?", "И ещё счёт, пожалуйста"], chat.Entries.Select(e => e.Body));
    }

    [Fact]
    public async Task Declining_the_question_stores_nothing_and_sends_nothing()
    {
        var router = Router(directory: directory, chat: chat);

        var question = Assert.IsType<SendText>(Assert.Single(await router.RouteAsync(Text(Guest(), "привет"), CancellationToken.None)));
        var declined = await router.RouteAsync(Press(Guest(), question.Keyboard!.Rows[1][0].Data), CancellationToken.None);

        Assert.Equal("Хорошо, сообщение не отправлено.", Assert.IsType<EditText>(declined[1]).Html);
        Assert.Empty(chat.Entries);
    }

    [Fact]
    public async Task Out_of_working_hours_the_client_is_told_the_next_working_morning()
    {
        var router = Router(directory: directory, chat: chat, clock: new FakeTimeProvider(Msk("05.12.2026 11:00")));
        await router.RouteAsync(Press(Guest(), "m:writeaccountant"), CancellationToken.None);

        var sent = await router.RouteAsync(Text(Guest(), "Срочно нужен счёт"), CancellationToken.None);

        Assert.Equal(
            "✓ Сообщение передано бухгалтеру.\nСейчас нерабочее время — бухгалтер ответит после 09:00, 7 декабря (понедельник).",
            Assert.IsType<SendText>(sent[0]).Html);
    }

    [Fact]
    public async Task The_pms_answer_reaches_only_the_client_who_wrote_and_both_stand_in_the_colleagues_history()
    {
        var router = Router(directory: directory, chat: chat);
        await router.RouteAsync(Press(Guest(), "m:writeaccountant"), CancellationToken.None);
        await router.RouteAsync(Text(Guest(), "Где акт?"), CancellationToken.None);

        var prompt = await router.RouteAsync(Press(Pm, $"ka:{chat.Entries[0].Id}"), CancellationToken.None);
        var answer = await router.RouteAsync(Text(Pm, "Акт отправлен сегодня"), CancellationToken.None);
        var history = Assert.IsType<EditText>((await router.RouteAsync(Press(Colleague, "kh:1:0"), CancellationToken.None))[1]);

        Assert.Equal("Ответ для Анна (ООО «Ромашка»): напишите текст или пришлите файл.", Assert.IsType<SendText>(prompt[1]).Html);
        Assert.Equal("✓ Ответ отправлен: Анна.", Assert.IsType<SendText>(answer[0]).Html);
        var toClient = Assert.IsType<SendText>(Assert.Single(answer.Skip(1)));
        Assert.Equal((Guest().Id, "💬 <b>Бухгалтер Мария:</b> Акт отправлен сегодня"), (toClient.ChatId, toClient.Html));
        Assert.Equal(Guest().Id, chat.Entries[1].AddresseeUserId);
        Assert.Contains("Акт отправлен сегодня", history.Html, StringComparison.Ordinal);
        Assert.True(history.Html.IndexOf("Акт отправлен", StringComparison.Ordinal) < history.Html.IndexOf("Где акт?", StringComparison.Ordinal), "newest first");
        Assert.StartsWith("<b>Conversation history — ООО «Ромашка»</b>", history.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_chat_buttons_of_another_company_or_of_the_firms_side_are_refused()
    {
        var router = Router(directory: directory, chat: chat);
        await router.RouteAsync(Press(Guest(), "m:writeaccountant"), CancellationToken.None);
        await router.RouteAsync(Text(Guest(), "Секретный вопрос"), CancellationToken.None);
        var id = chat.Entries[0].Id;

        var refused = new List<Outgoing>();
        foreach (var (who, data) in new[] { (Stranger, "kh:1:0"), (Stranger, $"kf:{id}"), (Guest(), $"ka:{id}"), (Guest(), "kw:1"), (Guest(), "kk:1:3"), (Stranger, "ko:1"), (Pm, "kh:2:0") })
        {
            refused.AddRange(await router.RouteAsync(Press(who, data), CancellationToken.None));
        }

        Assert.All(refused, reply => Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(reply).Notice));
        Assert.Equal(7, refused.Count);
        Assert.Single(chat.Entries);
    }

    [Fact]
    public async Task A_paid_service_mark_is_stored_and_told_to_the_companys_employees_while_a_bad_price_is_explained()
    {
        var router = Router(directory: directory, chat: chat);
        await router.RouteAsync(Press(Pm, "kk:1:3"), CancellationToken.None);

        var bad = await router.RouteAsync(Text(Pm, "Кадровый учёт"), CancellationToken.None);
        var saved = await router.RouteAsync(Text(Pm, "Кадровый учёт — 5000"), CancellationToken.None);

        Assert.StartsWith("Напишите услугу и цену в рублях через тире", Assert.IsType<SendText>(Assert.Single(bad)).Html, StringComparison.Ordinal);
        Assert.Equal("✓ Отметка сохранена: 💼 Платная услуга подключена.", Assert.IsType<SendText>(saved[0]).Html);
        Assert.Equal([Guest().Id, Colleague.Id], saved.Skip(1).Cast<SendText>().Select(s => s.ChatId));
        Assert.Equal("💼 Подключена платная услуга: Кадровый учёт — 5\u00a0000 ₽ (ООО «Ромашка»).", Assert.IsType<SendText>(saved[1]).Html);
        var mark = Assert.Single(chat.Entries);
        Assert.Equal((ChatEntryKind.Mark, ChatMark.ServiceOn, "Кадровый учёт", 5000m), (mark.Kind, mark.Mark, mark.Service, mark.Price));
    }

    [Fact]
    public async Task A_stray_file_of_a_client_without_the_documents_right_can_still_go_to_the_accountant()
    {
        var limited = new ChatUser(6006, "Инна", "ru");
        directory.Join(limited.Id, 1, "ООО «Ромашка»", documents: false);
        var router = Router(directory: directory, chat: chat);

        var question = Assert.IsType<SendText>(Assert.Single(await router.RouteAsync(
            new IncomingFile(limited.Id, limited, 30, new SharedFile("tg-1", FileKind.Document, "счёт.pdf", "application/pdf", 1000), "к оплате", null), CancellationToken.None)));
        var sent = await router.RouteAsync(Press(limited, question.Keyboard!.Rows[0][0].Data), CancellationToken.None);

        Assert.Equal(["Отправить бухгалтеру", "Отмена"], question.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Equal("✓ Файл «счёт.pdf» передан бухгалтеру.", Assert.IsType<EditText>(sent[1]).Html);
        Assert.Equal(("к оплате", "счёт.pdf"), (chat.Entries[0].Body, chat.Entries[0].File!.Name));
    }

    [Fact]
    public async Task A_file_the_pm_answers_with_reaches_the_client_after_its_caption()
    {
        var router = Router(directory: directory, chat: chat);
        await router.RouteAsync(Press(Guest(), "m:writeaccountant"), CancellationToken.None);
        await router.RouteAsync(Text(Guest(), "Пришлите акт"), CancellationToken.None);
        await router.RouteAsync(Press(Pm, $"ka:{chat.Entries[0].Id}"), CancellationToken.None);

        var answer = await router.RouteAsync(new IncomingFile(Pm.Id, Pm, 40, new SharedFile("tg-act", FileKind.Document, "акт.pdf", "application/pdf", 2000), "Вот акт", null), CancellationToken.None);

        Assert.Equal("✓ Ответ отправлен: Анна.", Assert.IsType<SendText>(answer[0]).Html);
        Assert.Equal((Guest().Id, "💬 <b>Бухгалтер Мария:</b> Вот акт\n📎 акт.pdf"), (Assert.IsType<SendText>(answer[1]).ChatId, ((SendText)answer[1]).Html));
        Assert.Equal((Guest().Id, "акт.pdf"), (Assert.IsType<SendFile>(answer[2]).ChatId, ((SendFile)answer[2]).File.Name));
    }

    [Fact]
    public async Task A_telegram_reply_to_a_clients_message_answers_it()
    {
        var router = Router(directory: directory, chat: chat);
        await router.RouteAsync(Press(Guest(), "m:writeaccountant"), CancellationToken.None);
        await router.RouteAsync(Text(Guest(), "Вопрос"), CancellationToken.None);
        chat.Messages[(Pm.Id, 77)] = chat.Entries[0].Id;

        var answered = await router.RouteAsync(new IncomingText(Pm.Id, Pm, 78, "Ответ", ReplyTo: 77), CancellationToken.None);
        var strangerReply = await router.RouteAsync(new IncomingText(Stranger.Id, Stranger, 79, "Влезаю", ReplyTo: 77), CancellationToken.None);

        Assert.Equal(Guest().Id, Assert.IsType<SendText>(answered[1]).ChatId);
        Assert.Equal((ChatEntryKind.Firm, "Ответ"), (chat.Entries[1].Kind, chat.Entries[1].Body));
        Assert.NotEqual("Влезаю", chat.Entries[^1].Body);
        Assert.DoesNotContain(strangerReply, reply => reply is SendText { ChatId: var to } && to != Stranger.Id);
    }
}
