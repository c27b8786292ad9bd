using Bot.Core.Access;
using Bot.Core.Employees;
using Bot.Core.Messaging;
using Bot.Core.Tests.Builders;
using static Bot.Core.Tests.Builders.RouterBuilder;

namespace Bot.Core.Tests.Employees;

/// <summary>«Сотрудники клиентов»: the PM makes an employee follow every request and removes one after a second
/// question; staff who are not the company's PM and client employees are refused, and nothing changes.</summary>
public sealed class EmployeesRoutingTests
{
    private static readonly ChatUser Pm = new(7007, "Мария", "ru");
    private static readonly ChatUser Colleague = new(7008, "Анна", "ru");
    private static readonly ChatUser Client = new(4004, "Светлана", "ru");
    private readonly InMemoryDirectory directory = new();
    private readonly InMemoryEmployees employees = new();

    public EmployeesRoutingTests()
    {
        directory.Employ(Pm.Id, new StaffProfile(7, false, [1], [], [1], [1]));
        directory.Employ(Colleague.Id, new StaffProfile(8, false, [1], [], [], [1]));
        directory.Join(Client.Id, 1, "ООО «Ромашка»");
        employees.Of[1] = [new ClientEmployee(11, "Петров Пётр", true, false), new ClientEmployee(12, "Олегов Олег", true, false)];
    }

    [Fact]
    public async Task The_PM_makes_the_director_follow_every_request_and_removes_an_employee_after_a_second_question()
    {
        var router = Router(directory: directory, employees: employees);

        var chooser = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "m:employees"), CancellationToken.None))[1]);
        var list = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "el:1"), CancellationToken.None))[1]);
        var followed = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "ef:1:11"), CancellationToken.None))[1]);
        var question = Assert.IsType<EditText>((await router.RouteAsync(Press(Pm, "ex:1:12"), CancellationToken.None))[1]);
        var stillThere = employees.Of[1].Count;
        var removed = await router.RouteAsync(Press(Pm, "ey:1:12"), CancellationToken.None);

        Assert.Equal(["ООО «Ромашка»", "« Главное меню"], chooser.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Equal(["Петров Пётр", "Олегов Олег", "➕ Пригласить сотрудника", "« Назад"], list.Keyboard!.Rows.Select(row => row[0].Text));
        Assert.Contains("Получает уведомления обо всех заявках компании.", followed.Html, StringComparison.Ordinal);
        Assert.True(employees.Of[1][0].FollowsAll);
        Assert.StartsWith("Удалить Олегов Олег из ООО «Ромашка»?", question.Html, StringComparison.Ordinal);
        Assert.Equal(2, stillThere);
        Assert.Equal("Олегов Олег удалён(а) из компании.", Assert.IsType<AnswerButton>(removed[0]).Notice);
        Assert.Equal(["Петров Пётр"], employees.Of[1].Select(e => e.FullName));
    }

    [Theory]
    [InlineData("colleague", "m:employees")]
    [InlineData("colleague", "el:1")]
    [InlineData("colleague", "ey:1:12")]
    [InlineData("client", "m:employees")]
    [InlineData("client", "ef:1:11")]
    [InlineData("client", "ey:1:12")]
    [InlineData("pm", "ey:2:12")]
    public async Task Only_the_companys_PM_may_act_on_its_employees(string who, string data)
    {
        var router = Router(directory: directory, employees: employees);

        var replies = await router.RouteAsync(Press(who switch { "colleague" => Colleague, "client" => Client, _ => Pm }, data), CancellationToken.None);

        Assert.Equal("Это действие вам недоступно.", Assert.IsType<AnswerButton>(Assert.Single(replies)).Notice);
        Assert.Equal(2, employees.Of[1].Count);
        Assert.DoesNotContain(employees.Of[1], e => e.FollowsAll);
    }
}
