using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

/// <summary>A button belongs to one instance of one flow: once that instance is finished or cancelled, its
/// buttons are stale for good, even when a later instance of the same flow stands at the same step.</summary>
public sealed class FlowInstanceTests
{
    private const string Stale = "Эта кнопка устарела.";
    private static readonly ChatUser Pm = new(7007, "Мария", "ru");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryConversations conversations = new();
    private readonly InMemoryTasks tasks = new();
    private readonly UpdateRouter router;

    public FlowInstanceTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Offer(1, "accounting", "Бухгалтерия", "usn", "Декларация УСН", planned: 5, hard: 10);
        directory.Employ(Pm.Id, new Bot.Core.Access.StaffProfile(7, false, [2], [], [1], [1]));
        router = Router(directory: directory, conversations: conversations, tasks: tasks);
    }

    [Fact]
    public async Task The_send_button_of_a_cancelled_order_does_not_file_the_next_order()
    {
        var oldSend = ButtonData(await OrderToSummaryAsync("Первая заявка"), "Отправить");
        await Route(Text(Guest(), "/cancel"));
        var newSend = ButtonData(await OrderToSummaryAsync("Вторая заявка"), "Отправить");

        var old = Assert.IsType<AnswerButton>(Assert.Single(await Route(Press(Guest(), oldSend))));
        var stillOpen = tasks.All.Count;
        await Route(Press(Guest(), newSend));

        Assert.Equal(Stale, old.Notice);
        Assert.Equal(0, stillOpen);
        Assert.Equal("Вторая заявка", Assert.Single(tasks.All).Description);
    }

    [Fact]
    public async Task The_save_button_of_a_cancelled_rejection_does_not_reject_another_task()
    {
        await Route(Press(Guest(), ButtonData(await OrderToSummaryAsync("Первая"), "Отправить")));
        await Route(Press(Guest(), ButtonData(await OrderToSummaryAsync("Вторая"), "Отправить")));
        await Route(Press(Pm, "tr:1"));
        var oldSave = ButtonData(await Route(Text(Pm, "Нет выписки")), "Сохранить");
        await Route(Text(Pm, "/cancel"));
        await Route(Press(Pm, "tr:2"));
        await Route(Text(Pm, "Нет договора"));

        var old = Assert.IsType<AnswerButton>(Assert.Single(await Route(Press(Pm, oldSave))));

        Assert.Equal(Stale, old.Notice);
        Assert.All(tasks.All, task => Assert.Equal(RequestStatus.Review, task.Status));
    }

    [Fact]
    public async Task The_done_button_of_a_cancelled_upload_is_stale_in_the_next_upload()
    {
        var first = await Route(Press(Guest(), "du:1:1"));
        var oldDone = ButtonData(first, "Готово");
        await Route(Text(Guest(), "/menu"));
        var second = await Route(Press(Guest(), "du:1:1"));

        var old = Assert.IsType<AnswerButton>(Assert.Single(await Route(Press(Guest(), oldDone))));

        Assert.Equal(Stale, old.Notice);
        Assert.NotEqual(oldDone, ButtonData(second, "Готово"));
        Assert.NotNull(conversations.Of(Guest().Id));
    }

    [Fact]
    public async Task The_period_button_of_a_cancelled_report_is_stale_in_the_next_report()
    {
        var administrator = Administrator();
        var oldPeriod = ButtonData(await Route(Press(administrator, "m:downloadreport")), "Этот месяц");
        await Route(Text(administrator, "/cancel"));
        await Route(Press(administrator, "m:downloadreport"));

        var old = Assert.IsType<AnswerButton>(Assert.Single(await Route(Press(administrator, oldPeriod))));

        Assert.Equal(Stale, old.Notice);
        Assert.Equal("period", conversations.Of(administrator.Id)!.Step);
    }

    private async Task<IReadOnlyList<Outgoing>> OrderToSummaryAsync(string description)
    {
        var screen = await Route(Press(Guest(), "m:order"));
        screen = await Route(Press(Guest(), ButtonData(screen, "Бухгалтерия")));
        screen = await Route(Press(Guest(), ButtonData(screen, "Декларация УСН")));
        screen = await Route(Text(Guest(), description));
        screen = await Route(Press(Guest(), ButtonData(screen, "Продолжить без файлов")));
        return await Route(Press(Guest(), ButtonData(screen, "Оставить")));
    }

    /// <summary>The data of the button whose caption starts with <paramref name="caption"/> on the last screen shown.</summary>
    private static string ButtonData(IReadOnlyList<Outgoing> replies, string caption) =>
        replies.Select(reply => reply switch { SendText send => send.Keyboard, EditText edit => edit.Keyboard, _ => null })
            .OfType<Keyboard>().SelectMany(keyboard => keyboard.Buttons)
            .Last(button => button.Text.StartsWith(caption, StringComparison.Ordinal)).Data;

    private Task<IReadOnlyList<Outgoing>> Route(Incoming input) => router.RouteAsync(input, CancellationToken.None);
}
