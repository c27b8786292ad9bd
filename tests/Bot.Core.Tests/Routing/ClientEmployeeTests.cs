using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

/// <summary>A client employee joins by invite and browses the services of their own company only.</summary>
public sealed class ClientEmployeeTests
{
    private readonly InMemoryDirectory directory = new();

    [Fact]
    public async Task An_invite_joins_the_company_and_the_menu_offers_its_services()
    {
        var token = directory.Invite(1, "ООО «Ромашка»", Now.AddDays(7));

        var reply = Assert.IsType<SendText>(Assert.Single(await Router(directory: directory).RouteAsync(Text(Guest(), "/start " + token), CancellationToken.None)));

        Assert.StartsWith("Готово: вы подключены к кабинету компании <b>ООО «Ромашка»</b>", reply.Html, StringComparison.Ordinal);
        Assert.Equal("Заказать услугу", reply.Keyboard!.Rows[0][0].Text);
    }

    [Theory]
    [InlineData("used", "Это приглашение уже использовано")]
    [InlineData("expired", "Срок действия приглашения истёк")]
    [InlineData("unknown", "Приглашение не найдено")]
    [InlineData("malformed", "Приглашение не найдено")]
    public async Task A_used_expired_or_unknown_invite_binds_nothing(string which, string expected)
    {
        var router = Router(directory: directory);
        var token = which switch
        {
            "used" => directory.Invite(1, "ООО «Ромашка»", Now.AddDays(7)),
            "expired" => directory.Invite(1, "ООО «Ромашка»", Now.AddMinutes(-1)),
            "unknown" => InviteTokenOfAnotherBot(),
            _ => "'; DROP TABLE invites; --",
        };
        if (which == "used")
        {
            await router.RouteAsync(Text(new ChatUser(3003, "Пётр", "ru"), "/start " + token), CancellationToken.None);
        }

        var reply = Assert.IsType<SendText>(Assert.Single(await router.RouteAsync(Text(Guest(), "/start " + token), CancellationToken.None)));

        Assert.StartsWith(expected, reply.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Keyboard!.Rows.SelectMany(row => row), button => button.Text == "Заказать услугу");
    }

    [Fact]
    public async Task Order_shows_the_companys_categories_then_a_categorys_services_with_their_terms()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Offer(1, "hr", "Кадры", "hiring", "Приём сотрудника", planned: 1, hard: 3);
        directory.Offer(1, "accounting", "Бухгалтерия", "usn", "Декларация УСН", planned: 5, hard: 10);
        var router = Router(directory: directory);

        var categories = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "m:order"), CancellationToken.None))[1]);
        var services = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "f:1:category:accounting"), CancellationToken.None))[1]);

        Assert.Equal(["Кадры", "Бухгалтерия", "Отмена"], categories.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Contains("<b>Декларация УСН</b> — срок 5 рабочих дней, не позднее 10 рабочих дней", services.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Приём сотрудника", services.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_asking_for_another_companys_category_is_shown_nothing()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Offer(1, "hr", "Кадры", "hiring", "Приём сотрудника");
        directory.Offer(2, "payroll", "Зарплата", "payroll", "Расчёт зарплаты");

        var router = Router(directory: directory);
        await router.RouteAsync(Press(Guest(), "m:order"), CancellationToken.None);

        var replies = await router.RouteAsync(Press(Guest(), "f:1:category:payroll"), CancellationToken.None);

        Assert.Equal("Эта кнопка устарела.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
    }

    [Fact]
    public async Task A_guest_cannot_open_the_order_section()
    {
        var replies = await Router(directory: directory).RouteAsync(Press(Guest(), "m:order"), CancellationToken.None);

        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
    }

    private static string InviteTokenOfAnotherBot() => Bot.Core.Invites.InviteToken.New();
}
