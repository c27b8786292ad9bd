using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

/// <summary>The request form, «Мои заявки» and comments through the router, with the state kept between updates.</summary>
public sealed class RequestRoutingTests
{
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryConversations conversations = new();
    private readonly InMemoryTasks tasks = new();

    public RequestRoutingTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Offer(1, "accounting", "Бухгалтерия", "usn", "Декларация УСН", planned: 5, hard: 10);
    }

    [Fact]
    public async Task A_request_filed_through_the_chat_reaches_its_assignee_and_the_clients_list()
    {
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await Route(router, Press(Guest(), "m:order"));
        await Route(router, Press(Guest(), "f:1:category:accounting"));
        await Route(router, Press(Guest(), "f:2:service:usn"));
        await Route(router, Text(Guest(), "Декларация <за 2026>"));
        await Route(router, new IncomingFile(Guest().Id, Guest(), 12, new SharedFile("tg-file-1", FileKind.Document, "выписка.pdf", "application/pdf", 100), null, null));
        await Route(router, Press(Guest(), "f:4:done"));
        await Route(router, Press(Guest(), "f:5:keep"));
        var sent = await Route(router, Press(Guest(), "f:6:send"));
        var list = await Route(router, Press(Guest(), "m:myrequests"));
        var card = await Route(router, Press(Guest(), "rc:1"));
        var file = await Route(router, Press(Guest(), "rd:1:1"));

        var confirmation = Assert.IsType<EditText>(sent[1]);
        var assigneeCard = Assert.IsType<SendText>(sent[2]);
        Assert.StartsWith("Заявка <b>№1001</b> отправлена. Статус: «На рассмотрении».", confirmation.Html, StringComparison.Ordinal);
        Assert.Equal(7007, assigneeCard.ChatId);
        Assert.Contains("Описание: Декларация &lt;за 2026&gt;", assigneeCard.Html, StringComparison.Ordinal);
        Assert.Equal(["Принять в работу", "Отклонить", "Комментарий", "📎 выписка.pdf"], assigneeCard.Keyboard!.Buttons.Select(button => button.Text));
        Assert.Null(conversations.Of(Guest().Id));
        Assert.StartsWith("№1001 · usn · На рассмотрении · до 07.12", Assert.IsType<EditText>(list[1]).Keyboard!.Rows[0][0].Text, StringComparison.Ordinal);
        Assert.Contains("Срок: 07.12.2026", Assert.IsType<EditText>(card[1]).Html, StringComparison.Ordinal);
        Assert.Equal("tg-file-1", Assert.IsType<SendFile>(file[1]).File.TelegramFileId);
    }

    [Fact]
    public async Task Cancel_leaves_the_form_from_anywhere_and_its_old_buttons_are_stale()
    {
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await Route(router, Press(Guest(), "m:order"));
        await Route(router, Press(Guest(), "f:1:category:accounting"));

        var cancelled = Assert.IsType<SendText>(Assert.Single(await Route(router, Text(Guest(), "/cancel"))));
        var stale = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "f:2:service:usn"))));

        Assert.Equal("Отменено: то, что вы заполняли, не отправлено.", cancelled.Html);
        Assert.Equal("Эта кнопка устарела.", stale.Notice);
        Assert.Null(conversations.Of(Guest().Id));
        Assert.Empty(tasks.All);
    }

    [Fact]
    public async Task A_client_of_another_company_cannot_open_download_or_comment_on_a_request_by_forged_buttons()
    {
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await FileRequestAsync(router);
        var stranger = new ChatUser(3003, "Олег", "ru");
        directory.Join(stranger.Id, 2, "АО «Василёк»");

        foreach (var data in new[] { "rc:1", "rd:1:1", "rk:1", "rf:1", "rc:99" })
        {
            var refused = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(stranger, data))));
            Assert.Equal("Это действие вам недоступно.", refused.Notice);
        }

        Assert.Null(conversations.Of(stranger.Id));
    }

    [Fact]
    public async Task A_colleague_follows_a_request_from_its_card_and_stops_but_its_requester_is_not_offered_to()
    {
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await FileRequestAsync(router);
        var colleague = new ChatUser(3004, "Олег", "ru");
        directory.Join(colleague.Id, 1, "ООО «Ромашка»");

        var own = Assert.IsType<EditText>((await Route(router, Press(Guest(), "rc:1")))[1]);
        var forged = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "rf:1"))));
        var card = Assert.IsType<EditText>((await Route(router, Press(colleague, "rc:1")))[1]);
        var follow = await Route(router, Press(colleague, "rf:1"));
        var followers = (await tasks.FindAsync(1, CancellationToken.None))!.Following;
        var stop = await Route(router, Press(colleague, "rf:1"));

        Assert.DoesNotContain(own.Keyboard!.Rows.SelectMany(row => row), b => b.Data == "rf:1");
        Assert.Equal("Это действие вам недоступно.", forged.Notice);
        Assert.Contains(card.Keyboard!.Rows.SelectMany(row => row), b => b.Text == "🔔 Следить");
        Assert.Equal("Вы следите за заявкой: уведомления о ней придут и вам.", Assert.IsType<AnswerButton>(follow[0]).Notice);
        Assert.Contains(Assert.IsType<EditText>(follow[1]).Keyboard!.Rows.SelectMany(row => row), b => b.Text == "🔕 Не следить");
        Assert.Equal([colleague.Id], followers.Select(f => f.UserId));
        Assert.Equal("Вы больше не следите за заявкой.", Assert.IsType<AnswerButton>(stop[0]).Notice);
        Assert.Empty((await tasks.FindAsync(1, CancellationToken.None))!.Following);
    }

    [Fact]
    public async Task A_comment_goes_into_the_history_and_to_the_assignee()
    {
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await FileRequestAsync(router);

        await Route(router, Press(Guest(), "rk:1"));
        var saved = await Route(router, Text(Guest(), "Добавила выписку"));

        Assert.Equal("Комментарий добавлен к заявке №1001.", Assert.IsType<SendText>(saved[0]).Html);
        Assert.Contains("Добавила выписку", Assert.IsType<SendText>(saved[1]).Html, StringComparison.Ordinal);
        Assert.Equal(7007, ((SendText)saved[1]).ChatId);
        Assert.Equal("Добавила выписку", tasks.All[0].History[^1].Body);
    }

    [Fact]
    public async Task A_request_that_waits_for_its_predecessor_tells_the_client_and_does_not_disturb_the_assignee_yet()
    {
        tasks.WaitsFor = 1000;
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);

        var sent = await FileRequestAsync(router);

        Assert.Equal(2, sent.Count);
        Assert.StartsWith("Заявка <b>№1001</b> принята и ожидает завершения заявки №1000", Assert.IsType<EditText>(sent[1]).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_speaking_client_fills_in_the_form_in_english()
    {
        var english = new ChatUser(Guest().Id, "Anna", "en-GB");
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);

        var categories = Assert.IsType<EditText>((await Route(router, Press(english, "m:order")))[1]);
        await Route(router, Press(english, "f:1:category:accounting"));
        var description = Assert.IsType<EditText>((await Route(router, Press(english, "f:2:service:usn")))[1]);
        var attachments = Assert.IsType<SendText>(Assert.Single(await Route(router, Text(english, "hello"))));

        Assert.Equal("Cancel", categories.Keyboard!.Rows[^1][^1].Text);
        Assert.StartsWith("<b>Декларация УСН</b>\n\nDescribe the task in one message.", description.Html, StringComparison.Ordinal);
        Assert.StartsWith("<b>Декларация УСН</b>\n\nAttach scans", attachments.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_companys_pm_hands_a_task_over_to_a_colleague_and_both_assignees_hear_of_it()
    {
        var pm = new ChatUser(7007, "Мария", "ru");
        directory.Employ(pm.Id, new Bot.Core.Access.StaffProfile(7, false, [2], [], [1], [1]));
        var work = new InMemoryTaskWork(tasks);
        work.Colleagues.Add((new Bot.Core.Requests.StaffChoice(8, "Сидорова Анна"), 8008));
        var router = Router(directory: directory, conversations: conversations, tasks: tasks, staffWork: work);
        await FileRequestAsync(router);

        var choices = Assert.IsType<EditText>((await Route(router, Press(pm, "tp:1")))[1]);
        var handed = await Route(router, Press(pm, "tq:1:8"));
        var byClient = Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(Guest(), "tq:1:8"))));

        Assert.Equal(["Сидорова Анна", "« Назад"], choices.Keyboard!.Buttons.Select(button => button.Text));
        Assert.Contains("Исполнитель: Сидорова Анна", Assert.IsType<EditText>(handed[1]).Html, StringComparison.Ordinal);
        Assert.StartsWith("Вам передана задача №1001", Assert.IsType<SendText>(handed[2]).Html, StringComparison.Ordinal);
        Assert.Equal(8008, ((SendText)handed[2]).ChatId);
        Assert.Equal((7007L, "Задача №1001 передана: Сидорова Анна."), (((SendText)handed[3]).ChatId, ((SendText)handed[3]).Html));
        Assert.Equal("Это действие вам недоступно.", byClient.Notice);
    }

    [Fact]
    public async Task The_client_sees_overdue_on_the_card_once_the_deadline_has_passed()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var router = Router(directory: directory, conversations: conversations, tasks: tasks, clock: clock);
        await FileRequestAsync(router);

        var onTime = Assert.IsType<EditText>((await Route(router, Press(Guest(), "rc:1")))[1]);
        clock.Advance(TimeSpan.FromDays(8)); // the deadline was 07.12.2026
        var late = Assert.IsType<EditText>((await Route(router, Press(Guest(), "rc:1")))[1]);

        Assert.DoesNotContain("Просрочена", onTime.Html, StringComparison.Ordinal);
        Assert.Contains("Статус: <b>На рассмотрении</b> — <b>Просрочена</b>", late.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_of_an_archived_company_can_be_seen_but_not_worked_handed_over_or_commented_on()
    {
        var pm = new ChatUser(7007, "Мария", "ru");
        directory.Employ(pm.Id, new Bot.Core.Access.StaffProfile(7, false, [2], [], [1], [1]));
        var router = Router(directory: directory, conversations: conversations, tasks: tasks);
        await FileRequestAsync(router);
        tasks.Replace(tasks.All[0] with { CompanyArchived = true });

        var refusals = new List<string?>();
        foreach (var data in new[] { "ta:1", "tr:1", "tp:1", "tk:1:0", "rk:1" })
        {
            refusals.Add(Assert.IsType<AnswerButton>(Assert.Single(await Route(router, Press(pm, data)))).Notice);
        }

        var card = await Route(router, Press(pm, "to:1"));

        Assert.All(refusals, notice => Assert.Equal("Это действие вам недоступно.", notice));
        Assert.Equal(Bot.Core.Requests.RequestStatus.Review, tasks.All[0].Status);
        Assert.DoesNotContain(card.OfType<EditText>().Concat<Outgoing>(card.OfType<SendText>())
            .SelectMany(reply => reply is EditText edit ? edit.Keyboard?.Buttons ?? [] : ((SendText)reply).Keyboard?.Buttons ?? []),
            button => button.Text is "Принять в работу" or "Отклонить");
    }

    private static async Task<IReadOnlyList<Outgoing>> FileRequestAsync(Bot.Core.Routing.UpdateRouter router)
    {
        await Route(router, Press(Guest(), "m:order"));
        await Route(router, Press(Guest(), "f:1:category:accounting"));
        await Route(router, Press(Guest(), "f:2:service:usn"));
        await Route(router, Text(Guest(), "Декларация"));
        await Route(router, new IncomingFile(Guest().Id, Guest(), 12, new SharedFile("tg-file-1", FileKind.Document, "выписка.pdf", "application/pdf", 100), null, null));
        await Route(router, Press(Guest(), "f:4:done"));
        await Route(router, Press(Guest(), "f:5:keep"));
        return await Route(router, Press(Guest(), "f:6:send"));
    }

    private static Task<IReadOnlyList<Outgoing>> Route(Bot.Core.Routing.UpdateRouter router, Incoming input) => router.RouteAsync(input, CancellationToken.None);
}
