using Bot.Core.Access;
using Bot.Core.Messaging;
using Bot.Core.Requests;
using Bot.Core.Routing;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Onboarding;

/// <summary>«Новый клиент» through the router: bad input answered in words and the form kept, only staff and administrators
/// may start it, and «Создать» sends each department's card to its head (to the administrators where there is none).</summary>
public sealed class NewClientRoutingTests
{
    private static readonly ChatUser Starter = new(7007, "Сергей", "ru");
    private static readonly ChatUser HrHead = new(7008, "Ксения", "ru");
    private static readonly ChatUser Client = new(4004, "Светлана", "ru");
    private static readonly ChatUser EnglishStaff = new(7009, "John", "en");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryOnboardings onboardings = new();

    public NewClientRoutingTests()
    {
        directory.Employ(Starter.Id, new StaffProfile(7, false, [2], [], [], []));
        directory.Employ(HrHead.Id, new StaffProfile(8, false, [1], [1], [], []));
        directory.Employ(EnglishStaff.Id, new StaffProfile(9, false, [2], [], [], []));
        directory.Join(Client.Id, 1, "ООО «Ромашка»");
        onboardings.KnownInns["7736207543"] = "АО «Василёк»";
        onboardings.Heads[1] = HrHead.Id;
        onboardings.Staff[1] = [new StaffChoice(8, "Кадрова Ксения"), new StaffChoice(10, "Кадров Кирилл")];
    }

    [Fact]
    public async Task Staff_fill_in_the_form_through_bad_input_and_create_the_client_whose_heads_get_their_cards()
    {
        var router = Router(directory: directory, onboardings: onboardings);

        await RouteAsync(router, Press(Starter, "m:newclient"));
        var badInn = await TextAsync(router, Text(Starter, "7702115036"));
        var knownInn = await TextAsync(router, Text(Starter, "7736207543"));
        await RouteAsync(router, Text(Starter, "7702115037"));
        var departments = await TextAsync(router, Text(Starter, "ООО «Новые горизонты»"));
        var revision = departments.Keyboard!.Buttons.First().Data.Split(':')[1];
        var none = await RouteAsync(router, Press(Starter, $"f:{revision}:next"));
        var forgedDepartment = await RouteAsync(router, Press(Starter, $"f:{revision}:d:99"));
        await RouteAsync(router, Press(Starter, $"f:{revision}:d:1"));
        await RouteAsync(router, Press(Starter, $"f:{revision}:d:2"));
        await RouteAsync(router, Press(Starter, $"f:{revision}:next"));
        var forgedMain = await RouteAsync(router, Press(Starter, $"f:{revision}:main:3"));
        await RouteAsync(router, Press(Starter, $"f:{revision}:main:2"));
        var confirm = await TextAsync(router, Text(Starter, "С января."));
        var created = await RouteAsync(router, Press(Starter, $"f:{revision}:create"));

        Assert.StartsWith("Это не ИНН", badInn.Html, StringComparison.Ordinal);
        Assert.StartsWith("Этот ИНН уже есть у клиента «АО «Василёк»».", knownInn.Html, StringComparison.Ordinal);
        Assert.Equal(["▫️ HR", "▫️ Бухгалтерия", "▫️ Консалтинг", "Далее »", "Отмена"], departments.Keyboard.Buttons.Select(b => b.Text));
        Assert.Equal("Отметьте хотя бы один отдел.", Assert.IsType<AnswerButton>(Assert.Single(none)).Notice);
        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(forgedDepartment)).Notice);
        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(forgedMain)).Notice);
        Assert.Contains("Отделы: HR, Бухгалтерия\nГлавный менеджер — из отдела Бухгалтерия", confirm.Html, StringComparison.Ordinal);
        Assert.Contains("Руководителям отделов отправлено карточек: 2.", Assert.IsType<EditText>(created[1]).Html, StringComparison.Ordinal);
        Assert.Equal([HrHead.Id, AdministratorId], created.OfType<SendText>().Select(m => m.ChatId));
        Assert.All(created.OfType<SendText>(), card => Assert.StartsWith("<b>Назначьте менеджера проекта</b>\nКлиент: ООО «Новые горизонты», ИНН 7702115037", card.Html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_client_employee_and_a_guest_may_not_start_it_nor_press_a_card_and_a_head_may_not_act_for_another_department()
    {
        var router = Router(directory: directory, onboardings: onboardings);
        await onboardings.StartAsync(new("7702115037", "ООО «Новые горизонты»", [1, 2], null, "С января."), new TaskActor(Starter.Id, "Сергей"), Now, CancellationToken.None);

        var client = await RouteAsync(router, Press(Client, "m:newclient"));
        var guest = await RouteAsync(router, Press(Guest(), "m:newclient"));
        var clientCard = await RouteAsync(router, Press(Client, "pa:100:1:0"));
        var otherDepartment = await RouteAsync(router, Press(HrHead, "pa:100:2:0"));
        var staffPick = await RouteAsync(router, Press(Starter, "ps:100:1:10"));
        var ownPage = await RouteAsync(router, Press(HrHead, "pa:100:1:0"));

        Assert.All([client, guest, clientCard, otherDepartment, staffPick], replies => Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice));
        Assert.Equal(["Кадрова Ксения", "Кадров Кирилл", "« Назад"], Assert.IsType<EditText>(ownPage[1]).Keyboard!.Buttons.Select(b => b.Text));
        Assert.Empty(onboardings.Projects);
    }

    [Fact]
    public async Task The_form_speaks_English_to_English_staff()
    {
        var router = Router(directory: directory, onboardings: onboardings);

        var prompt = await RouteAsync(router, Press(EnglishStaff, "m:newclient"));
        var badInn = await TextAsync(router, Text(EnglishStaff, "12345"));

        Assert.StartsWith("New client. Enter the ИНН", Assert.IsType<SendText>(prompt[1]).Html, StringComparison.Ordinal);
        Assert.StartsWith("That is not an ИНН", badInn.Html, StringComparison.Ordinal);
    }

    private static Task<IReadOnlyList<Outgoing>> RouteAsync(UpdateRouter router, Incoming input) => router.RouteAsync(input, CancellationToken.None);

    private static async Task<SendText> TextAsync(UpdateRouter router, Incoming input) => Assert.IsType<SendText>(Assert.Single(await RouteAsync(router, input)));
}
