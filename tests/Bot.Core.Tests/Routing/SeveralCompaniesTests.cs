using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Routing;

/// <summary>A person bound to several companies chooses one, and then sees that company's services only.</summary>
public sealed class SeveralCompaniesTests
{
    private readonly InMemoryDirectory directory = new();

    public SeveralCompaniesTests()
    {
        directory.Join(Guest().Id, 1, "ООО «Ромашка»");
        directory.Join(Guest().Id, 2, "АО «Василёк»");
        directory.Offer(1, "hr", "Кадры", "hiring", "Приём сотрудника");
        directory.Offer(2, "accounting", "Бухгалтерия", "usn", "Декларация УСН");
    }

    [Fact]
    public async Task Start_asks_which_company_to_act_for_and_the_choice_opens_its_services_only()
    {
        var router = Router(directory: directory);

        var question = Assert.IsType<SendText>(Assert.Single(await router.RouteAsync(Text(Guest(), "/start"), CancellationToken.None)));
        var chosen = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "co:2"), CancellationToken.None))[1]);
        var categories = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "m:order"), CancellationToken.None))[1]);
        var otherCategory = await router.RouteAsync(Press(Guest(), "f:1:category:hr"), CancellationToken.None);

        Assert.StartsWith("Вы представляете несколько компаний", question.Html, StringComparison.Ordinal);
        Assert.Equal(["ООО «Ромашка»", "АО «Василёк»"], question.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Contains("Компания: <b>АО «Василёк»</b>", chosen.Html, StringComparison.Ordinal);
        Assert.Equal(["Заказать услугу", "Мои заявки", "Написать бухгалтеру", "Отчётность", "Сменить компанию"], chosen.Keyboard!.Rows.Take(5).Select(row => row[0].Text));
        Assert.Equal(["Бухгалтерия", "Отмена"], categories.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.IsType<AnswerButton>(Assert.Single(otherCategory));
    }

    [Fact]
    public async Task Switching_to_a_company_the_person_does_not_belong_to_is_refused()
    {
        var replies = await Router(directory: directory).RouteAsync(Press(Guest(), "co:3"), CancellationToken.None);

        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
    }

    [Fact]
    public async Task Switch_company_lists_the_companies_with_the_current_one_marked()
    {
        var router = Router(directory: directory);
        await router.RouteAsync(Press(Guest(), "co:1"), CancellationToken.None);

        var list = Assert.IsType<EditText>((await router.RouteAsync(Press(Guest(), "m:switchcompany"), CancellationToken.None))[1]);

        Assert.Equal(["✓ ООО «Ромашка»", "АО «Василёк»"], list.Keyboard!.Rows.Select(row => row[0].Text));
    }
}
